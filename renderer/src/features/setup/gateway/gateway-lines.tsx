import { useTranslation } from 'react-i18next';
import type { GatewayLine } from '../../../../../common/devices/gateway-api';
import { useApp } from '../../../ui-shared/app-store';
import { SerialPortList } from '../../settings/serial-port-list';
import { SignalBars } from './signal-bars';
import { useSimStatus } from './use-sim-status';

// Serial ports (with whether each is probed, and the installer's choice) and the gateway lines found on
// them, as the devices process reports them right now.
export function GatewayLines() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  const sims = useSimStatus();
  const ports = devices?.serialPorts ?? [];
  const lines = devices?.gatewayLines ?? [];
  const running = devices?.process === 'running';

  return (
    <>
      <h3>{t('wizard.gateway.portsTitle')}</h3>
      <p className="muted">{t('serialPorts.intro')}</p>
      {ports.length ? (
        <SerialPortList testId="wizard-ports" />
      ) : (
        <p className="muted" data-testid="wizard-no-ports">
          {running ? t('wizard.gateway.noPorts') : t('wizard.headset.waiting')}
        </p>
      )}
      <h3>{t('wizard.gateway.linesTitle')}</h3>
      {lines.length ? (
        <ul className="wizard-cards" data-testid="wizard-gateway-lines">
          {lines.map((l) => (
            <LineCard key={l.id} line={l} sim={sims[l.id]} />
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="wizard-no-lines">
          {t('wizard.gateway.noLines')}
        </p>
      )}
    </>
  );
}

function LineCard({ line, sim }: { line: GatewayLine; sim: string | undefined }) {
  const { t } = useTranslation();
  const unknown = t('wizard.gateway.unknown');
  const registration = line.state !== 'online' ? t(`wizard.gateway.state.${line.state}`) : line.operator ? t('wizard.gateway.registeredOn', { operator: line.operator }) : t('wizard.gateway.noNetwork');
  return (
    <li className={`wizard-card status-${line.state === 'online' ? 'ok' : 'error'}`} data-testid={`gateway-line-${line.id}`}>
      <strong>{line.model ?? line.kind.toUpperCase()}</strong> <span className="muted">{line.port ?? ''}</span>
      <dl className="facts">
        <dt>{t('wizard.gateway.kind')}</dt>
        <dd>{line.kind.toUpperCase()}</dd>
        <dt>{t('wizard.gateway.imei')}</dt>
        <dd>{line.imei ?? unknown}</dd>
        <dt>{t('wizard.gateway.sim')}</dt>
        <dd>{sim ?? (line.state === 'online' && line.operator ? t('wizard.gateway.simReady') : unknown)}</dd>
        <dt>{t('wizard.gateway.registration')}</dt>
        <dd>{registration}</dd>
        <dt>{t('wizard.gateway.signalTitle')}</dt>
        <dd>
          <SignalBars dbm={line.signalDbm} />
        </dd>
        <dt>{t('wizard.gateway.voiceTitle')}</dt>
        <dd data-testid={`gateway-voice-${line.id}`} data-voice={line.voice ?? 'unknown'}>
          <VoiceFact line={line} />
        </dd>
      </dl>
    </li>
  );
}

/** Can calls on this line carry speech; when not, why (with what the module answered) and what to do. */
function VoiceFact({ line }: { line: GatewayLine }) {
  const { t } = useTranslation();
  if (line.voice !== 'signallingOnly') return <>{t(`wizard.gateway.voice.${line.voice ?? 'unknown'}`)}</>;
  const reason = line.voiceReason ?? 'unreadableAnswer';
  return (
    <>
      <strong className="tone-warn">{t('wizard.gateway.voice.signallingOnly')}</strong>
      <span className="voice-reason">
        {t('punctuation.colon')}
        {t(`phone.gatewayVoice.reason.${reason}`)}
      </span>
      {line.voiceDetail && <span className="muted">{t('wizard.gateway.voiceAnswered', { detail: line.voiceDetail })}</span>}
      <br />
      <span className="voice-hint">{t(`phone.gatewayVoice.hint.${reason}`)}</span>
    </>
  );
}
