// A privacy call's binding on its card: which virtual number X carries it, the binding id, and how
// long the binding has left (live countdown; the server may free it sooner after the call).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyBindingView } from '../../../../common/ipc/channels/privacy-channels';
import { formatDateTime } from '../../i18n/date-time';
import { formatPhone } from '../../ui-shared/format-phone';
import { formatDuration } from './call-timer';

export function PrivacyBadge({ binding }: { binding: PrivacyBindingView }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = binding.expiresAt - now;
  return (
    <p className="privacy-badge" data-testid="privacy-binding" data-binding-id={binding.bindingId}>
      <span className="badge">{t(`privacy.badge.${binding.mode}`)}</span>{' '}
      <span data-testid="privacy-x">{t('privacy.via', { x: formatPhone(binding.x) })}</span>
      {' · '}
      <span className="muted">{t('privacy.bindingId', { id: binding.bindingId })}</span>
      {' · '}
      <span data-testid="privacy-expiry" title={formatDateTime(binding.expiresAt, i18n.language)}>
        {left > 0 ? t('privacy.expiresIn', { time: formatDuration(left) }) : t('privacy.expired')}
      </span>
    </p>
  );
}
