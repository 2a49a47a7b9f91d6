// Transfer the call: at once (blind REFER) or after talking to the target first (consult call, then
// "complete transfer" on the held call). The target is validated like any dial string.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { blindTransfer, consult } from '../../phone/call-actions';
import type { LineCall } from '../../phone/line-call';
import { useDialerUi } from './dialer-ui';

export function TransferForm({ call }: { call: LineCall }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const close = useDialerUi((s) => s.openTransfer);
  useEffect(() => input.current?.focus(), []);

  const run = async (mode: 'blind' | 'consult', event?: FormEvent) => {
    event?.preventDefault();
    const done = mode === 'blind' ? await blindTransfer(call, target) : await consult(call, target);
    if (done) close(undefined);
  };

  return (
    <form className="transfer-form" onSubmit={(e) => void run('blind', e)} onKeyDown={(e) => e.key === 'Escape' && close(undefined)} data-testid="transfer-form">
      <label htmlFor={`transfer-${call.key}`}>{t('call.transferTo')}</label>
      <input id={`transfer-${call.key}`} ref={input} value={target} onChange={(e) => setTarget(e.target.value)} autoComplete="off" spellCheck={false} maxLength={256} data-testid="transfer-target" />
      <div className="transfer-buttons">
        <button type="submit" disabled={target.trim() === ''} title={t('call.blindTitle')} data-testid="transfer-blind">
          {t('call.blind')}
        </button>
        <button type="button" disabled={target.trim() === ''} onClick={() => void run('consult')} title={t('call.consultTitle')} data-testid="transfer-consult">
          {t('call.consult')}
        </button>
        <button type="button" className="link" onClick={() => close(undefined)} aria-keyshortcuts="Escape">
          {t('call.cancel')}
        </button>
      </div>
    </form>
  );
}
