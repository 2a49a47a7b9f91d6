// The serial ports the devices process sees, each with what the gateway service does with it. Only
// modems are probed on their own (AT commands written to a printer, a scale or a console would be
// garbage to them at best); any other port waits for the installer to choose "Probe", and a disabled
// port is never opened. The choice is stored in settings.gateways by the port's key. A voice modem's audio
// port is shown as such, with the AT port it belongs to, and offers no probe actions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerialPortInfo } from '../../../../common/devices/host-protocol';
import { NO_MODEM_ANSWERS } from '../../../../common/devices/port-answer';
import { applyPortAction, PORT_ACTIONS, type PortAction } from '../../../../common/devices/probe-policy';
import { useApp } from '../../ui-shared/app-store';
import { useSaveSettings } from './use-save-settings';

export function SerialPortList({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const ports = useApp((s) => s.devices?.serialPorts) ?? [];
  const gateways = useApp((s) => s.settings?.gateways);
  const { save, error } = useSaveSettings();
  const [busy, setBusy] = useState(false);

  const act = async (port: SerialPortInfo, action: PortAction) => {
    if (!gateways || !port.key) return;
    setBusy(true);
    // the patch names both lists in full: a patch carries no defaults, so the whole choice is written
    await save({ gateways: applyPortAction(gateways, port.key, action) });
    setBusy(false);
  };

  // an audio port is named by the modem it belongs to (its AT port): that is the line it carries the calls of
  const statusText = (p: SerialPortInfo) => (p.probe === 'audio' ? (p.audioOf ? t('serialPorts.status.audio', { at: p.audioOf }) : t('serialPorts.status.audioNoAt')) : t(`serialPorts.status.${p.probe}`));

  if (ports.length === 0) return null;
  const unprobed = ports.some((p) => p.probe === 'notProbed');
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="plain-list" data-testid={testId}>
        {ports.map((p) => (
          <li key={p.path} data-testid={`serial-port-${p.path}`} data-probe={p.probe ?? 'unknown'}>
            <code>{p.path}</code>
            {p.maker || p.manufacturer ? ` — ${p.maker ?? p.manufacturer}` : ''}
            {p.vendorId ? <span className="muted"> ({`${p.vendorId}:${p.productId ?? '????'}`})</span> : null}{' '}
            {p.probe && <span className="muted" data-testid="serial-port-status">· {statusText(p)}</span>}
            {p.answer && (
              <span className={`port-answer ${NO_MODEM_ANSWERS.has(p.answer) ? 'error' : p.answer === 'modem' ? 'ok' : 'muted'}`} data-testid="serial-port-answer" data-answer={p.answer}>
                {' · '}
                {t(`serialPorts.answer.${p.answer}`)}
              </span>
            )}
            {p.probe &&
              p.key &&
              gateways &&
              PORT_ACTIONS[p.probe].map((action) => (
                <button key={action} type="button" className="link" disabled={busy} onClick={() => void act(p, action)} data-testid={`serial-port-${action}`} style={{ marginLeft: 12 }}>
                  {t(`serialPorts.action.${action}`)}
                </button>
              ))}
            {p.probe === 'audio' && p.enableIgnored && (
              <p className="muted port-hint" data-testid="serial-port-audio-ignored">
                {t('serialPorts.audioEnableIgnored')}
              </p>
            )}
            {p.answer && NO_MODEM_ANSWERS.has(p.answer) && (
              <p className="muted port-hint" data-testid="serial-port-try">
                {t(`serialPorts.try.${p.answer}`)}
              </p>
            )}
          </li>
        ))}
      </ul>
      {unprobed && (
        <p className="muted" data-testid="serial-ports-unprobed-hint">
          {t('serialPorts.unprobedHint')}
        </p>
      )}
    </>
  );
}
