import { uiLanguageOf } from '../../../i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSipMessage } from '../../../../../common/sip/messages';
import { dial, hangup } from '../../../phone/call-actions';
import type { LineCall, Via } from '../../../phone/line-call';
import { problemHint, problemText } from '../../../phone/problem';
import { usePhone } from '../../../phone/phone-store';
import { record, type ProofId } from './wizard-store';

export interface TestLine {
  readonly id: string;
  readonly label: string;
}

const reached: ReadonlyArray<LineCall['state']> = ['early', 'connected', 'held'];

// A real call from a line to a number the installer types, through the phone (so the dialer sees it
// too). Green once the far end rings or answers; red with the line's own reason otherwise.
export function TestCall({ proof, via, lines }: { proof: ProofId; via: Via; lines: readonly TestLine[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [lineId, setLineId] = useState('');
  const [number, setNumber] = useState('');
  const [placed, setPlaced] = useState(false);
  const sawProgress = useRef(false);
  const line = lines.find((l) => l.id === lineId) ?? lines[0];
  const call = usePhone((s) => (via === 'sip' ? s.sipCalls : s.gatewayCalls).find((c) => c.lineId === line?.id && c.direction === 'outbound'));
  const lastEnded = usePhone((s) => s.lastEnded);

  useEffect(() => {
    if (!placed || !call) return;
    if (reached.includes(call.state)) {
      sawProgress.current = true;
      record(proof, 'pass', t(`call.state.${call.state}`), line?.id);
    }
  }, [placed, call, proof, t, line]);

  useEffect(() => {
    if (!placed || call || !lastEnded || lastEnded.via !== via || lastEnded.lineId !== line?.id) return;
    setPlaced(false);
    if (sawProgress.current) return;
    const reason = lastEnded.failure
      ? formatSipMessage(lastEnded.failure, uiLanguageOf(i18n.language))
      : lastEnded.cause
        ? t('call.gatewayCause', { cause: lastEnded.cause })
        : t(`call.end.${lastEnded.endReason ?? 'failed'}`);
    record(proof, 'fail', reason, line?.id);
  }, [placed, call, lastEnded, via, line, proof, t, i18n.language]);

  if (lines.length === 0) {
    return (
      <p className="muted" data-testid={`test-call-${via}-nolines`}>
        {t(`wizard.call.noLines.${via}`)}
      </p>
    );
  }

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!line) return;
    sawProgress.current = false;
    record(proof, 'untested');
    setPlaced(true);
    if (!(await dial({ via, id: line.id }, number))) {
      setPlaced(false);
      const problem = usePhone.getState().problem;
      record(proof, 'fail', problem ? `${problemText(problem)} ${problemHint(problem)}` : undefined, line.id);
    }
  };
  const live = call && call.state !== 'ended';

  return (
    <form className="wizard-block test-call" onSubmit={(e) => void start(e)} data-testid={`test-call-${via}`}>
      <h3>{t('wizard.call.title')}</h3>
      <div className="inline-fields">
        <label className="field">
          <span>{t('wizard.call.line')}</span>
          <select id={`${id}-line`} value={line?.id ?? ''} onChange={(e) => setLineId(e.target.value)} data-testid={`test-call-${via}-line`}>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('wizard.call.number')}</span>
          <input value={number} onChange={(e) => setNumber(e.target.value)} inputMode="tel" autoComplete="off" required maxLength={64} data-testid={`test-call-${via}-number`} />
        </label>
        {/* separate keys, so React never turns the clicked hang-up button into the submit button: a gateway
            hang-up ends the call within the click, and the same node as type=submit would then redial */}
        {live ? (
          <button key="hangup" type="button" onClick={() => void hangup(call)} data-testid={`test-call-${via}-hangup`}>
            {t('call.hangup')}
          </button>
        ) : (
          <button key="dial" type="submit" className="primary" data-testid={`test-call-${via}-dial`}>
            {t('wizard.call.dial')}
          </button>
        )}
      </div>
      <p role="status" data-testid={`test-call-${via}-state`}>
        {live ? `${t(`call.state.${call.state}`)} — ${call.number}` : ''}
      </p>
    </form>
  );
}
