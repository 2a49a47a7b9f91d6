// Privacy callbacks the binding server was asked for: the switch is calling the agent from X, then the
// customer. Shown until that call rings here (it then gets its own card) or the binding expires.
import { useTranslation } from 'react-i18next';
import { dropCallback, useCallContexts } from '../../phone/call-context';
import { PrivacyBadge } from './privacy-badge';

export function PendingCallbacks() {
  const { t } = useTranslation();
  const callbacks = useCallContexts((s) => s.callbacks);
  if (callbacks.length === 0) return null;
  return (
    <ul className="plain pending-callbacks">
      {callbacks.map((c) =>
        c.binding ? (
          <li key={c.binding.bindingId} className="call-card" data-testid="privacy-callback">
            <p>{t('privacy.callbackWaiting', { number: c.display })}</p>
            <PrivacyBadge binding={c.binding} />
            <button type="button" className="link" onClick={() => dropCallback(c.binding!.bindingId)}>
              {t('dialer.dismiss')}
            </button>
          </li>
        ) : null,
      )}
    </ul>
  );
}
