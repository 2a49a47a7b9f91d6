// A desktop notification for an incoming call when the agent allowed them; clicking it brings the
// window forward. The ringtone itself is played by the engine's ringer.
import { i18n } from '../i18n';
import type { LineCall } from './line-call';

export function notificationsAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

export function canAskForNotifications(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'default';
}

export function announceIncoming(call: LineCall): void {
  if (!notificationsAllowed() || document.hasFocus()) return;
  const note = new Notification(i18n.t('call.notifyTitle'), { body: call.name ? `${call.name} <${call.number}>` : call.number, tag: call.key, requireInteraction: true });
  note.onclick = () => {
    window.focus();
    note.close();
  };
}
