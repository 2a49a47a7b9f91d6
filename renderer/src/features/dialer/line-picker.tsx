// Which line the next call goes out on: SIP accounts (registered or not, with the reason) and gateway
// lines (state, signal, operator). A native radio group: arrow keys move, the choice is remembered.
// One row per line whatever the width (the dialer's column, the campaign screen's side): the name (ends
// in … when room is short; the row's title tells it whole, with the account's address) and the state
// word, always whole. Why a line is not usable is read out with its state; for the chosen
// line it is written out in full under the lines, with what to do.
import { useTranslation } from 'react-i18next';
import { chooseLine, type LineRef } from '../../phone/phone-store';
import { lineState } from './line-state';
import { sameLine, type LineOption } from './use-lines';

export function LinePicker({ lines, selected }: { lines: readonly LineOption[]; selected: LineRef | undefined }) {
  const { t, i18n } = useTranslation();
  const colon = t('punctuation.colon');
  const options = lines.map((line) => ({ line, state: lineState(line, t, i18n.language), id: `line-${line.ref.via}-${line.ref.id}` }));
  const chosen = options.find((o) => sameLine(o.line.ref, selected));
  return (
    <fieldset className="line-picker" data-testid="line-picker">
      <legend>{t('dialer.line')}</legend>
      {options.map(({ line, state, id }) => {
        const address = line.kind === 'sip' ? line.address : undefined;
        const title = [address ? `${line.label} (${address})` : line.label, state.reason ? `${state.text}${colon}${state.reason}` : state.text, state.hint];
        return (
          <label key={id} className={`line-option tone-${state.tone}`} htmlFor={id} title={title.filter(Boolean).join('\n')} data-testid={`line-${line.ref.id}`}>
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
              {state.reason && (
                <span className="sr-only">
                  {colon}
                  {state.reason}{t('punctuation.sentenceGap')}{state.hint}
                </span>
              )}
            </span>
          </label>
        );
      })}
      {chosen?.state.reason && (
        <p className="line-note" data-testid="line-note">
          <span className="line-reason">{chosen.state.reason}</span> {chosen.state.hint}
        </p>
      )}
    </fieldset>
  );
}
