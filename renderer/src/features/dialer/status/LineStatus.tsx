// Registration of every SIP account: a coloured dot and word each, the reason in the tooltip and for
// screen readers when it failed.
import { useTranslation } from 'react-i18next';
import { useLines } from '../useLines';
import { lineState } from '../lineState';

export function LineStatus() {
  const { t, i18n } = useTranslation();
  const sip = useLines().filter((l) => l.kind === 'sip');
  if (sip.length === 0) {
    return (
      <span data-testid="status-line">
        {t('status.line')}: {t('status.lineNone')}
      </span>
    );
  }
  return (
    <span data-testid="status-line" className="status-lines">
      {t('status.line')}:
      {sip.map((line) => {
        const state = lineState(line, t, i18n.language);
        return (
          <span key={line.ref.id} className={`status-account tone-${state.tone}`} title={state.reason ? [state.reason, state.hint].filter(Boolean).join('\n') : state.text} data-testid={`status-account-${line.ref.id}`}>
            <span className="dot" aria-hidden="true" />
            {line.ref.id} {state.text}
            {state.reason && <span className="sr-only">: {state.reason}</span>}
          </span>
        );
      })}
    </span>
  );
}
