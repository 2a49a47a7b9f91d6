// One plain sentence per serial port for the diagnostics bundle: whether the gateway service opens it and
// why, so an installer reading a bundle sees at a glance why a modem never came online. Saved port keys
// that name no port present are listed too (an adapter moved to another USB socket has a new key).
// devices.json keeps them in English for support; the bundle's summary says them in the user's language.
import type { SerialPortInfo } from '../../../common/devices/host-protocol';
import type { PortProbe, ProbePolicy } from '../../../common/devices/probe-policy';
import type { UiLanguage } from '../../../common/i18n/ui-language';

type List = 'enabled' | 'disabled';

/** A port's facts, or a saved key that names no port present. */
export type PortNote =
  | { kind: 'port'; path: string; key: string; probe?: PortProbe; maker?: string; legacy?: { key: string; list: List; sharedBy?: number }; audio?: AudioFacts }
  | { kind: 'missingKey'; list: List; key: string };

/** Where a port's call audio flows, or which AT port an audio port belongs to (common/devices/audio-ports.ts). */
type AudioFacts =
  | { kind: 'audioPort'; atPort?: string; enableIgnored: boolean }
  | { kind: 'voice'; audio: 'port' | 'inBand' | 'missing'; audioPort?: string; family: string };

type Words = {
  audio: (facts: AudioFacts) => string;
  why: Record<PortProbe, string>;
  maker: (maker: string) => string;
  unknown: string;
  colon: string;
  legacyShared: (list: List, key: string, ports: number) => string;
  legacyOne: (key: string) => string;
  missing: (list: List, key: string) => string;
};

const words: Record<UiLanguage, Words> = {
  en: {
    why: {
      modem: 'probed: its USB ids belong to a modem maker',
      enabled: 'probed: enabled in settings',
      named: 'probed: named at start-up (DIALDECK_SERIAL_PORTS / --serial-port)',
      notProbed: 'not opened: not a modem maker’s USB id and not enabled in settings',
      disabled: 'never opened: disabled in settings',
      notAt: 'never opened: a modem’s diagnostic/GNSS interface, not an AT port',
      audio: 'never opened for AT: a voice modem’s call-audio port',
    },
    audio: (f) =>
      f.kind === 'audioPort'
        ? `${f.atPort ? `, paired with the AT port ${f.atPort}` : ' (its AT port is not listed or cannot be told apart)'}${f.enableIgnored ? '; enabled or named by the installer: ignored' : ''}`
        : f.audio === 'port'
          ? `; call audio on ${f.audioPort}`
          : f.audio === 'inBand'
            ? '; call audio in-band on this port'
            : `; its ${f.family} audio port is not listed`,
    maker: (maker) => ` (${maker})`,
    unknown: 'probe state unknown (the scan had no port policy)',
    colon: ': ',
    legacyShared: (list, key, ports) =>
      `; the ${list} key ${key} was saved before keys had a USB location and ${ports} present ports have it, so it ${list === 'enabled' ? 'enables none of them' : 'disables all of them'}: choose this port again in Settings`,
    legacyOne: (key) => `; by the key ${key}, saved before keys had a USB location`,
    missing: (list, key) => `${list} key ${key} names no port present`,
  },
  'zh-CN': {
    why: {
      modem: '已探测：USB 标识属于调制解调器厂商',
      enabled: '已探测：已在设置中启用',
      named: '已探测：启动时指定（DIALDECK_SERIAL_PORTS 或 --serial-port）',
      notProbed: '未打开：USB 标识不属于调制解调器厂商，也没有在设置中启用',
      disabled: '从不打开：已在设置中禁用',
      notAt: '从不打开：这是调制解调器的诊断或定位接口，不是 AT 串口',
      audio: '从不作为 AT 串口打开：这是语音调制解调器的通话音频端口',
    },
    audio: (f) =>
      f.kind === 'audioPort'
        ? `${f.atPort ? `，与 AT 串口 ${f.atPort} 配对` : '（没有列出它的 AT 串口，或无法分辨）'}${f.enableIgnored ? '；安装人员的启用或启动时指定已忽略' : ''}`
        : f.audio === 'port'
          ? `；通话音频在 ${f.audioPort}`
          : f.audio === 'inBand'
            ? '；通话音频在本串口内传输'
            : `；没有列出它的 ${f.family} 音频端口`,
    maker: (maker) => `（${maker}）`,
    unknown: '探测状态未知（扫描时没有串口设置）',
    colon: '：',
    legacyShared: (list, key, ports) =>
      `；${list === 'enabled' ? '启用' : '禁用'}的键 ${key} 是旧格式（没有 USB 位置），现在有 ${ports} 个串口都对应它，所以它${list === 'enabled' ? '一个也不启用' : '把它们全部禁用'}。请在设置中重新选择这个串口`,
    legacyOne: (key) => `；按旧格式的键 ${key}（没有 USB 位置）`,
    missing: (list, key) => `${list === 'enabled' ? '启用' : '禁用'}的键 ${key} 没有对应的串口`,
  },
};

export function serialPortFacts(ports: readonly SerialPortInfo[], policy: ProbePolicy): PortNote[] {
  const sharing = (legacyKey: string) => ports.filter((p) => p.legacyKey === legacyKey || p.key === legacyKey).length;
  const notes: PortNote[] = ports.map((p) => {
    const note: PortNote = { kind: 'port', path: p.path, key: p.key ?? p.path };
    if (p.probe) note.probe = p.probe;
    if (p.probe === 'modem' && p.maker) note.maker = p.maker;
    if (p.probe === 'audio') note.audio = { kind: 'audioPort', ...(p.audioOf ? { atPort: p.audioOf } : {}), enableIgnored: p.enableIgnored ?? false };
    else if (p.voice) note.audio = { kind: 'voice', audio: p.voice.audio, family: p.voice.family, ...(p.voice.audioPort ? { audioPort: p.voice.audioPort } : {}) };
    if (p.legacyKey) {
      const list: List = policy.disabledPorts.includes(p.legacyKey) ? 'disabled' : 'enabled';
      note.legacy = { key: p.legacyKey, list, ...(p.legacyKeyShared ? { sharedBy: sharing(p.legacyKey) } : {}) };
    }
    return note;
  });
  const present = new Set(ports.flatMap((p) => [p.key, p.legacyKey, p.path].filter((k): k is string => !!k)));
  for (const [list, keys] of [['enabled', policy.enabledPorts], ['disabled', policy.disabledPorts]] as const) {
    for (const key of keys) if (!present.has(key)) notes.push({ kind: 'missingKey', list, key });
  }
  return notes;
}

export function portNoteText(note: PortNote, language: UiLanguage): string {
  const w = words[language];
  if (note.kind === 'missingKey') return w.missing(note.list, note.key);
  let line = `${note.path} [${note.key}]${w.colon}${note.probe ? w.why[note.probe] + (note.maker ? w.maker(note.maker) : '') : w.unknown}${note.audio ? w.audio(note.audio) : ''}`;
  if (note.legacy) line += note.legacy.sharedBy !== undefined ? w.legacyShared(note.legacy.list, note.legacy.key, note.legacy.sharedBy) : w.legacyOne(note.legacy.key);
  return line;
}

export function serialPortNotes(ports: readonly SerialPortInfo[], policy: ProbePolicy, language: UiLanguage = 'en'): string[] {
  return serialPortFacts(ports, policy).map((note) => portNoteText(note, language));
}
