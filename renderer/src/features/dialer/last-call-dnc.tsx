// 加入勿扰名单 under the last manual call. A contact's number goes by its place on the card (crm:dncAddPhone),
// so a masked customer's number is blocked without the page knowing it; a typed number is the agent's own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialSubject } from '../../../../common/dialer/dial-subject';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { ErrorLine } from '../../ui-shared/error-line';
import { errorText } from '../../ui-shared/error-text';

export function LastCallDnc({ subject }: { subject: DialSubject }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'added'>('idle');
  const [error, setError] = useState<string>();
  const add = async () => {
    setState('busy');
    setError(undefined);
    try {
      const crm = getBridge().api.crm;
      if ('number' in subject) await unwrap(crm.dncAdd({ number: subject.number, reason: 'refused' }));
      else await unwrap(crm.dncAddPhone({ contactId: subject.contactId, phoneIndex: subject.phoneIndex, reason: 'refused' }));
      setState('added');
    } catch (e) {
      setError(errorText(t, e, 'call.dncFailed'));
      setState('idle');
    }
  };
  return (
    <div className="last-call-dnc">
      {state !== 'added' && (
        <button type="button" onClick={() => void add()} disabled={state === 'busy'} title={t('call.addDncHint')} data-testid="last-call-add-dnc">
          {t('call.addDnc')}
        </button>
      )}
      <p role="status" className={state === 'added' ? 'ok' : 'sr-only'} data-testid="last-call-dnc-status">
        {state === 'added' ? t('call.dncAdded') : ''}
      </p>
      <ErrorLine message={error} />
    </div>
  );
}
