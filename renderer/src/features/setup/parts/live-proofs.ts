// What the wizard's proofs say right now, from what the devices process and the phone report live:
// - three proofs are the state of a device or server (a headset detected, a gateway line online, a SIP
//   account registered): they are read again whenever that state changes, so an unplugged headset or a
//   deleted account never stays green;
// - the others are something that happened on one device, line, account or server (a button pressed on
//   this headset, a tone heard on that speaker): each is kept with what it was proven on (its subject) and
//   goes back to "not tested" once that is gone or another one is chosen.
import type { DevicesStatus } from '../../../../../common/ipc/schemas';
import { NO_MODEM_ANSWERS } from '../../../../../common/devices/port-answer';
import type { Settings } from '../../../../../common/settings/settings-schema';
import type { AccountView } from '../../../telephony';
import type { Outcome, ProofId, ProofResult } from './wizard-store';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the desk looks like now, as far as the proofs care. */
export interface DeskNow {
  readonly devices: DevicesStatus | undefined;
  readonly settings: Pick<Settings, 'audio' | 'binding' | 'sip'> | undefined;
  readonly accounts: readonly AccountView[];
}

export type LiveProofId = 'headset.detected' | 'gateway.lines' | 'sip.registered';
export const LIVE_PROOFS: readonly LiveProofId[] = ['headset.detected', 'gateway.lines', 'sip.registered'];

const devicesUp = (desk: DeskNow): desk is DeskNow & { devices: DevicesStatus } => desk.devices?.process === 'running';
/** the headset the app uses: the active one when it is usable, else the first usable */
const usableHeadset = (desk: DeskNow) => {
  const ok = desk.devices?.headsets.filter((h) => h.status === 'ok') ?? [];
  return ok.find((h) => h.active) ?? ok[0];
};

export function headsetDetected(desk: DeskNow, t: Translate): ProofResult {
  if (!devicesUp(desk)) return { outcome: 'untested', detail: t('wizard.live.devicesStarting') };
  const usable = usableHeadset(desk);
  if (usable) return { outcome: 'pass', detail: usable.name };
  const first = desk.devices.headsets[0];
  // the device process's reason is English for the log; the installer reads the status in their language
  if (first) return { outcome: 'fail', detail: `${first.name}${t('punctuation.colon')}${t(`wizard.headsetStatus.${first.status}`)}` };
  return { outcome: 'fail', detail: t('wizard.live.noHeadset') };
}

export function gatewayLines(desk: DeskNow, t: Translate): ProofResult {
  if (!devicesUp(desk)) return { outcome: 'untested', detail: t('wizard.live.devicesStarting') };
  const { gatewayLines: lines, serialPorts: ports } = desk.devices;
  const online = lines.filter((l) => l.state === 'online');
  if (online.length) return { outcome: 'pass', detail: online.map((l) => l.model ?? l.id).join(t('punctuation.listSeparator')) };
  const silent = ports.find((p) => p.answer && NO_MODEM_ANSWERS.has(p.answer));
  if (silent?.answer) return { outcome: 'fail', detail: `${silent.path}${t('punctuation.colon')}${t(`serialPorts.answer.${silent.answer}`)}`, hint: t(`serialPorts.try.${silent.answer}`) };
  const asking = ports.find((p) => p.answer === 'probing');
  if (asking) return { outcome: 'untested', detail: t('wizard.live.asking', { port: asking.path }) };
  const line = lines[0];
  if (line) return { outcome: 'fail', detail: t(`wizard.gateway.state.${line.state}`) };
  // nothing probed at all: no modem plugged in, or ports waiting for the installer's "Probe"
  return { outcome: 'untested', detail: t(ports.some((p) => p.probe === 'notProbed') ? 'wizard.live.portsNotProbed' : 'wizard.live.noModemPort') };
}

/** Registration failed; between reconnect attempts the engine says 'unregistered' but keeps the failure's reason. */
export const registrationFailing = (view: AccountView): boolean => view.registration === 'failed' || (view.reason !== undefined && view.registration !== 'registered');

/**
 * @param describe the failure of one account in words (the engine's reason, or why the phone could not
 *   even add it: missing password, invalid settings), undefined while it has none
 */
export function sipRegistered(desk: DeskNow, describe: (accountId: string) => string | undefined, t: Translate): ProofResult {
  const enabled = new Set((desk.settings?.sip.accounts ?? []).filter((a) => a.enabled).map((a) => a.id));
  if (enabled.size === 0) return { outcome: 'untested', detail: t('wizard.live.noAccount') };
  const views = desk.accounts.filter((v) => enabled.has(v.id));
  const registered = views.filter((v) => v.registration === 'registered');
  if (registered.length) return { outcome: 'pass', detail: registered.map((v) => v.aor).join(t('punctuation.listSeparator')) };
  const failure = [...enabled].map(describe).find((text) => text !== undefined);
  if (failure !== undefined) return { outcome: 'fail', detail: failure };
  return { outcome: 'untested', detail: t('wizard.live.registering') };
}

/** What a proof recorded now is about; undefined for the live proofs (they have no past). */
export function subjectOf(proof: ProofId, desk: DeskNow): string | undefined {
  const audio = desk.settings?.audio;
  switch (proof) {
    case 'headset.answer':
    case 'headset.mute':
    case 'headset.leds':
      return usableHeadset(desk)?.id;
    case 'audio.microphone':
      return audio?.microphoneId;
    case 'audio.speaker':
      return audio?.speakerId;
    case 'audio.ringer':
      return audio ? [...audio.ringerIds].sort().join('|') : undefined;
    case 'audio.echo':
      return audio ? `${audio.microphoneId}|${audio.speakerId}` : undefined;
    case 'binding.reachable':
    case 'binding.signature':
    case 'binding.pool':
      return desk.settings ? `${desk.settings.binding.url}|${desk.settings.binding.keyId}|${desk.settings.binding.poolId}` : undefined;
    default:
      // the test calls name their line themselves; the live proofs have no subject
      return undefined;
  }
}

/** Whether what a proof was made on is still what the desk uses. */
export function stillHolds(proof: ProofId, subject: string, desk: DeskNow): boolean {
  switch (proof) {
    case 'gateway.call':
      return desk.devices?.gatewayLines.some((l) => l.id === subject && l.state === 'online') ?? false;
    case 'sip.call':
      return desk.settings?.sip.accounts.some((a) => a.id === subject && a.enabled) ?? false;
    default:
      return subjectOf(proof, desk) === subject;
  }
}

/**
 * The one rule for writing a live proof over what is recorded: an installer's "not used on this desk"
 * stands until the device is actually there and working.
 */
export function liveOverwrites(recorded: Outcome | undefined, live: Outcome): boolean {
  return recorded !== 'skipped' || live === 'pass';
}
