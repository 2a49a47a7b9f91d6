// One plain sentence per serial port for the diagnostics bundle: whether the gateway service opens it and
// why, so an installer reading a bundle sees at a glance why a modem never came online. Saved port keys
// that name no port present are listed too (an adapter moved to another USB socket has a new key).
import type { SerialPortInfo } from '../../../common/devices/host-protocol';
import type { PortProbe, ProbePolicy } from '../../../common/devices/probe-policy';

const WHY: Record<PortProbe, string> = {
  modem: 'probed: its USB ids belong to a modem maker',
  enabled: 'probed: enabled in settings',
  named: 'probed: named at start-up (DIALDECK_SERIAL_PORTS / --serial-port)',
  notProbed: 'not opened: not a modem maker’s USB id and not enabled in settings',
  disabled: 'never opened: disabled in settings',
  notAt: 'never opened: a modem’s diagnostic/GNSS interface, not an AT port',
  audio: 'never opened for AT: a voice modem’s call-audio port',
};

/** Where a port's call audio flows, or which AT port an audio port belongs to (audio-ports.ts). */
function audioNote(p: SerialPortInfo): string {
  if (p.probe === 'audio') return `${p.audioOf ? `, paired with the AT port ${p.audioOf}` : ' (its AT port is not listed or cannot be told apart)'}${p.enableIgnored ? '; enabled or named by the installer: ignored' : ''}`;
  const voice = p.voice;
  if (!voice) return '';
  if (voice.audio === 'port') return `; call audio on ${voice.audioPort}`;
  if (voice.audio === 'inBand') return '; call audio in-band on this port';
  return `; its ${voice.family} audio port is not listed`;
}

export function serialPortNotes(ports: readonly SerialPortInfo[], policy: ProbePolicy): string[] {
  const sharing = (legacyKey: string) => ports.filter((p) => p.legacyKey === legacyKey || p.key === legacyKey).length;
  const notes = ports.map((p) => {
    const maker = p.probe === 'modem' && p.maker ? ` (${p.maker})` : '';
    let line = `${p.path} [${p.key ?? p.path}]: ${p.probe ? WHY[p.probe] + maker : 'probe state unknown (the scan had no port policy)'}${audioNote(p)}`;
    if (p.legacyKey) {
      const list = policy.disabledPorts.includes(p.legacyKey) ? 'disabled' : 'enabled';
      line += p.legacyKeyShared
        ? `; the ${list} key ${p.legacyKey} was saved before keys had a USB location and ${sharing(p.legacyKey)} present ports have it, so it ${list === 'enabled' ? 'enables none of them' : 'disables all of them'}: choose this port again in Settings`
        : `; by the key ${p.legacyKey}, saved before keys had a USB location`;
    }
    return line;
  });
  const present = new Set(ports.flatMap((p) => [p.key, p.legacyKey, p.path].filter((k): k is string => !!k)));
  for (const [list, keys] of [['enabled', policy.enabledPorts], ['disabled', policy.disabledPorts]] as const) {
    for (const key of keys) if (!present.has(key)) notes.push(`${list} key ${key} names no port present`);
  }
  return notes;
}
