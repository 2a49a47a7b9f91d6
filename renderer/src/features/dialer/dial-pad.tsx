// The 12-key pad. Idle it types into the number field; during a connected call it sends DTMF on the
// call (in the account's DTMF mode), and digit keys on the keyboard do the same.
import { useTranslation } from 'react-i18next';
import { dtmfKeys } from './shortcuts';

export function DialPad({ onKey, sendsDtmf }: { onKey: (key: string) => void; sendsDtmf: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dial-pad" role="group" aria-label={sendsDtmf ? t('dialer.padDtmf') : t('dialer.pad')} data-testid="dial-pad">
      {dtmfKeys.map((key) => (
        <button key={key} type="button" className="pad-key" onClick={() => onKey(key)} aria-keyshortcuts={key} data-testid={`pad-${key === '*' ? 'star' : key === '#' ? 'hash' : key}`}>
          {key}
        </button>
      ))}
      {sendsDtmf && <p className="pad-note muted">{t('dialer.padDtmfNote')}</p>}
    </div>
  );
}
