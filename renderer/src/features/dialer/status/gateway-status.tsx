// Gateway lines (GSM/FXO) found by the devices process: how many are online, or the serial ports seen.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';

export function GatewayStatus() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  const lines = devices?.gatewayLines ?? [];
  const online = lines.filter((l) => l.state === 'online').length;
  return (
    <span data-testid="status-gateway" title={lines.map((l) => `${l.id}${t('punctuation.colon')}${t(`phone.gatewayState.${l.state}`)}`).join('\n') || undefined}>
      {t('status.gateway')}{t('punctuation.colon')}{lines.length > 0 ? t('status.gatewayLines', { online, count: lines.length }) : t('status.gatewayPorts', { count: devices?.serialPorts.length ?? 0 })}
    </span>
  );
}
