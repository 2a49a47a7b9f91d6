// Desktop alerts for incoming calls need the agent's permission once; this asks on a click.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canAskForNotifications } from '../../phone/notify';

export function NotificationPrompt() {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(canAskForNotifications());
  if (!visible) return null;
  return (
    <p className="notify-prompt muted">
      {t('dialer.notifyAsk')}{' '}
      <button type="button" className="link" onClick={() => void Notification.requestPermission().finally(() => setVisible(canAskForNotifications()))}>
        {t('dialer.notifyAllow')}
      </button>
    </p>
  );
}
