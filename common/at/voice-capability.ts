// Whether a gateway can carry call audio, read from its answers during initialise (runtime-free, pure).
import { fieldValues, intField, splitPrefix } from './fields';

/**
 * Why a line is signalling only:
 * - noVoiceFirmware: a Huawei whose firmware has no voice (`^CVOICE?` refused, or mode 1 that `^CVOICE=0` did not change)
 * - commandRefused: the family's voice command is refused (SIMCom `+CPCMREG=?`, Quectel `+QPCMV=?`)
 * - noVoiceClass: an FXO modem whose `+FCLASS=?` does not list 8
 * - noVoiceCodec: voice class 8, but `+VSM=?` offers no codec the app can play (only ADPCM ...)
 * - noUsableMode: Quectel offers PCM only on its debug UART, which the host cannot open
 * - unreadableAnswer: the module answered OK with something this code cannot read
 * - noAnswer: the question timed out
 * - unknownFamily: a module of no known family: no way to ask, no way to start audio
 */
export const VOICE_REASONS = [
  'noVoiceFirmware',
  'commandRefused',
  'noVoiceClass',
  'noVoiceCodec',
  'noUsableMode',
  'unreadableAnswer',
  'noAnswer',
  'unknownFamily',
] as const;
export type VoiceReason = (typeof VOICE_REASONS)[number];

/** slin16 = signed 16-bit little-endian linear; ulaw/alaw = G.711; slin8/ulin8 = signed/unsigned 8-bit linear. */
export type VoiceCodec = 'slin16' | 'ulaw' | 'alaw' | 'slin8' | 'ulin8';

export interface VoiceFormat {
  codec: VoiceCodec;
  rateHz: number;
  /** Huawei reports its frame period (20 ms) */
  frameMs?: number;
  /** FXO: the +VSM compression id to set, e.g. 131 for µ-law on a CX93001 */
  vsmId?: number;
}

/**
 * Where the audio flows: a separate tty (Huawei's voice port, SIMCom's if 4, Quectel QPCMV mode 0 on the NMEA
 * port), the USB sound card (Quectel mode 2) or in-band on the AT port itself (FXO, DLE-shielded).
 */
export type VoiceTransport = 'audioPort' | 'usbSoundCard' | 'inBand';

export type VoiceCapability =
  | {
      supported: true;
      format: VoiceFormat;
      transport: VoiceTransport;
      /** FXO: 'full' when +VTR=? is accepted; unset when unknown until a call tries +VTR (some modems refuse +VTR=? yet do +VTR) */
      duplex?: 'full' | 'half';
      /** Quectel: the +QPCMV mode voice is started in */
      mode?: number;
      /** Huawei: voice was off and `AT^CVOICE=0` turned it on */
      enabledByCvoice?: boolean;
    }
  | { supported: false; reason: VoiceReason; detail?: string };

/** The lines and result of one question; undefined when it timed out or the port failed. */
export interface VoiceAnswer {
  ok: boolean;
  lines: string[];
  /** the final result line's text for errors (ERROR, COMMAND NOT SUPPORT, +CME ERROR: 4 ...) */
  error?: string;
}

export const unsupported = (reason: VoiceReason, detail?: string): VoiceCapability => ({ supported: false, reason, ...(detail ? { detail } : {}) });

/** The params of the first line with this prefix (`^CVOICE: 0,8000,16,20` -> `0,8000,16,20`). */
function prefixed(lines: string[], prefix: string): string | undefined {
  for (const line of lines) {
    const split = splitPrefix(line);
    if (split && split.prefix.toUpperCase() === prefix.toUpperCase()) return split.params;
  }
  return undefined;
}

/** `^CVOICE: <0 = on, 1 = off>,<hz>,<bits>,<frame ms>`; undefined when there is no such line or it is unreadable. */
export function parseCvoice(lines: string[]): { mode: number; rateHz: number; bits: number; frameMs: number } | undefined {
  const params = prefixed(lines, '^CVOICE');
  if (params === undefined) return undefined;
  const [mode, rateHz, bits, frameMs] = fieldValues(params).map(intField);
  if (mode === undefined) return undefined;
  return { mode, rateHz: rateHz ?? 8000, bits: bits ?? 16, frameMs: frameMs ?? 20 };
}

/** Huawei `^CVOICE` with voice on: its 16-bit (or 8-bit) linear at the reported rate. */
export function huaweiVoice(cvoice: { rateHz: number; bits: number; frameMs: number }, enabledByCvoice: boolean): VoiceCapability {
  const rateHz = cvoice.rateHz > 0 ? cvoice.rateHz : 8000;
  return {
    supported: true,
    format: { codec: cvoice.bits === 8 ? 'slin8' : 'slin16', rateHz, frameMs: cvoice.frameMs > 0 ? cvoice.frameMs : 20 },
    transport: 'audioPort',
    ...(enabledByCvoice ? { enabledByCvoice } : {}),
  };
}

/**
 * Numbers in a test-command answer: `(0,1),(0-2)`, `0,1,1.0,2,8`, `+FCLASS: (0-2,8)`. Ranges expand; tokens that
 * are not whole numbers (1.0) are kept out. Returns one list per parenthesised group, or one list without groups.
 */
export function listedValues(text: string): number[][] {
  const groups = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const parts = groups.length ? groups : [text];
  return parts.map((part) => {
    const values: number[] = [];
    for (const token of part.split(',').map((t) => t.trim().replace(/^"|"$/g, ''))) {
      const range = /^(\d+)\s*-\s*(\d+)$/.exec(token);
      if (range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        for (let v = from; v <= to && v - from < 256; v++) values.push(v);
      } else if (/^\d+$/.test(token)) values.push(Number(token));
    }
    return values;
  });
}

/** `AT+FCLASS=?`: does the modem list service class 8 (voice)? */
export function fclassListsVoice(lines: string[]): boolean {
  return lines.some((line) => listedValues(splitPrefix(line)?.params ?? line).some((group) => group.includes(8)));
}

/** Quectel `+QPCMV=?` -> the modes offered (second group), `+QPCMV?` -> [enabled, mode]. */
export function quectelModes(lines: string[]): number[] | undefined {
  const params = prefixed(lines, '+QPCMV');
  if (params === undefined) return undefined;
  const groups = listedValues(params);
  return groups.length >= 2 ? groups[1] : undefined;
}

export function quectelState(lines: string[]): { enabled: boolean; mode?: number } | undefined {
  const params = prefixed(lines, '+QPCMV');
  if (params === undefined) return undefined;
  const [enabled, mode] = fieldValues(params).map(intField);
  if (enabled === undefined) return undefined;
  return { enabled: enabled === 1, ...(mode === undefined ? {} : { mode }) };
}

/**
 * The Quectel mode to use: the one already enabled (switching TTY <-> UAC needs a module reboot), else USB serial
 * PCM (0) on the NMEA port, else the USB sound card (2). Mode 1 (debug UART) is not reachable from the host.
 */
export function chooseQuectelMode(offered: number[] | undefined, current: { enabled: boolean; mode?: number } | undefined): number | undefined {
  const usable: number[] = (offered?.length ? offered : [0, 2]).filter((m) => m === 0 || m === 2);
  if (current?.enabled && current.mode !== undefined && usable.includes(current.mode)) return current.mode;
  return usable[0];
}

export interface VsmCodecEntry {
  id: number;
  name: string;
  bits: number;
  rates: number[];
}

/**
 * `AT+VSM=?` lines: `<cml>,"<name>",<bits>,<tm>,<rates>,<sds>,<sel>` (V.253), with or without a `+VSM:` prefix;
 * rates as `(7200,8000,11025)`, a single number or a range. Unreadable lines are skipped.
 */
export function parseVsmList(lines: string[]): VsmCodecEntry[] {
  const entries: VsmCodecEntry[] = [];
  for (const line of lines) {
    const text = splitPrefix(line)?.params ?? line;
    const m = /^\s*(\d+)\s*,\s*"([^"]*)"\s*,\s*(\d+)\s*(?:,\s*\d*\s*)?(?:,\s*(\([^)]*\)|[\d\s-]+))?/.exec(text);
    if (!m) continue;
    const rates = m[4] ? (listedValues(m[4].startsWith('(') ? m[4] : `(${m[4]})`)[0] ?? []) : [];
    entries.push({ id: Number(m[1]), name: m[2] ?? '', bits: Number(m[3]), rates });
  }
  return entries;
}

function classify(entry: VsmCodecEntry): VoiceCodec | undefined {
  const name = entry.name.toUpperCase();
  if (/ADPCM|G\.?72[3-9]|GSM|CELP/.test(name)) return undefined;
  if (/U-?LAW|µ-?LAW|MU-?LAW|G\.?711\s*U/.test(name) || (entry.id === 4 && !name)) return 'ulaw';
  if (/A-?LAW|G\.?711\s*A/.test(name) || (entry.id === 5 && !name)) return 'alaw';
  if (!/PCM|LINEAR/.test(name)) return undefined;
  // "14 BIT PCM" (CX93001 133) is 16-bit words with 14 bits used: not the plain 16-bit linear the app plays.
  if (entry.bits === 16 && !/14/.test(name)) return 'slin16';
  if (entry.bits === 8) return /UNSIGNED/.test(name) ? 'ulin8' : 'slin8';
  return undefined;
}

const PREFERENCE: readonly VoiceCodec[] = ['slin16', 'ulaw', 'alaw', 'slin8', 'ulin8'];

/** 16-bit linear 8 kHz if offered, else µ-law, else A-law, else 8-bit linear; 8000 Hz where listed. */
export function chooseVsmCodec(entries: VsmCodecEntry[]): VoiceFormat | undefined {
  const candidates = entries
    .map((entry) => ({ entry, codec: classify(entry) }))
    .filter((c): c is { entry: VsmCodecEntry; codec: VoiceCodec } => c.codec !== undefined)
    .sort((a, b) => {
      const at8k = (c: { entry: VsmCodecEntry }): number => (c.entry.rates.length === 0 || c.entry.rates.includes(8000) ? 0 : 1);
      return at8k(a) - at8k(b) || PREFERENCE.indexOf(a.codec) - PREFERENCE.indexOf(b.codec);
    });
  const best = candidates[0];
  if (!best) return undefined;
  const rates = best.entry.rates;
  const rateHz = rates.length === 0 || rates.includes(8000) ? 8000 : (rates[0] ?? 8000);
  return { codec: best.codec, rateHz, vsmId: best.entry.id };
}

/** `AT+VSM=<id>,<rate>` for a chosen format. */
export const vsmCommand = (format: VoiceFormat): string => `AT+VSM=${format.vsmId ?? 128},${format.rateHz}`;
