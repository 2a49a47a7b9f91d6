// Registration of every SIP account: a coloured dot and word each, the reason in the tooltip and for
// screen readers when it failed. Each account goes by its display name when it has one.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { useLines } from '../use-lines';
import { lineState } from '../line-state';
import { accountName } from './account-name';

export function LineStatus() {
  const { t, i18n } = useTranslation();
  const sip = useLines().filter((l) => l.kind === 'sip');
  const accounts = useApp((s) => s.settings?.sip.accounts);
  if (sip.length === 0) {
    return (
      <span data-testid="status-line">
        {t('status.line')}{t('punctuation.colon')}{t('status.lineNone')}
      </span>
    );
  }
  return (
    <span data-testid="status-line" className="status-lines">
      {t('status.line')}{t('punctuation.colon')}
      {sip.map((line) => {
        const state = lineState(line, t, i18n.language);
        return (
          <span key={line.ref.id} className={`status-account tone-${state.tone}`} title={state.reason ? [state.reason, state.hint].filter(Boolean).join('\n') : state.text} data-testid={`status-account-${line.ref.id}`}>
            <span className="dot" aria-hidden="true" />
            <span className="status-account-name">{accountName(accounts, line.ref.id)}</span> {state.text}
            {state.reason && <span className="sr-only">{t('punctuation.colon')}{state.reason}</span>}
          </span>
        );
      })}
    </span>
  );
}
