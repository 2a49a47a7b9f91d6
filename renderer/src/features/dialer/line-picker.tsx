// Which line the next call goes out on: SIP accounts (registered or not, with the reason) and gateway
// lines (state, signal, operator). A native radio group: arrow keys move, the choice is remembered.
import { useTranslation } from 'react-i18next';
import { chooseLine, type LineRef } from '../../phone/phone-store';
import { lineState } from './line-state';
import { sameLine, type LineOption } from './use-lines';

export function LinePicker({ lines, selected }: { lines: readonly LineOption[]; selected: LineRef | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="line-picker" data-testid="line-picker">
      <legend>{t('dialer.line')}</legend>
      {lines.map((line) => {
        const state = lineState(line, t, i18n.language);
        const id = `line-${line.ref.via}-${line.ref.id}`;
        return (
          <label key={id} className={`line-option tone-${state.tone}`} htmlFor={id} data-testid={`line-${line.ref.id}`}>
            <input
              type="radio"
              id={id}
              name="dial-line"
              checked={sameLine(line.ref, selected)}
              disabled={!line.enabled}
              onChange={() => chooseLine(line.ref)}
              aria-describedby={`${id}-state`}
            />
            <span className="line-kind">{line.kind === 'sip' ? 'SIP' : line.gateway.kind.toUpperCase()}</span>
            <span className="line-label">{line.label}</span>
            <span className="line-state" id={`${id}-state`}>
              {state.text}
              {state.reason && <span className="line-reason">{t('punctuation.colon')}{state.reason}</span>}
            </span>
            {state.hint && <span className="line-hint">{state.hint}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
