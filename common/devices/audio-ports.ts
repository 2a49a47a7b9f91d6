// Which serial port carries a voice modem's call audio, and which AT port it belongs to, from USB identity
// alone (nothing is opened to find out). Huawei, SIMCom and Quectel dongles send PCM on a raw tty of their
// own that takes no AT commands: written to as an AT port it answers nothing, and a probe that holds it
// would keep the voice path off it. Conexant USB voice modems carry audio in-band on their one tty.
// On Linux serialport's `pnpId` is the /dev/serial/by-id name, whose `-ifNN` suffix is the USB interface
// number (there is no interface field); the table below is keyed by vid:pid and interface number.
import { z } from 'zod';
import { hex4 } from './modem-usb-ids';

/** The fields of a listed port (probe-policy.ts ListedPort) that tell which USB device and interface it is. */
export interface UsbPortIdentity {
  path: string;
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
  pnpId?: string;
  location?: string;
}

/** The USB interface number from a Linux by-id name ("...-if02-port0"), if any. */
export const usbInterfaceOf = (port: Pick<UsbPortIdentity, 'pnpId'>): string | undefined => /-if([0-9a-f]{2})/i.exec(port.pnpId ?? '')?.[1]?.toLowerCase();

export const VoiceFamily = z.enum(['huawei', 'simcom', 'quectel', 'conexant']);
export type VoiceFamily = z.infer<typeof VoiceFamily>;

/** Raw PCM as the module sends and expects it on its audio port, in 20 ms frames. */
export const AudioFormat = z.object({
  encoding: z.literal('s16le'),
  channels: z.literal(1),
  rateHz: z.number().int().positive(),
  frameBytes: z.number().int().positive(),
});
export type AudioFormat = z.infer<typeof AudioFormat>;

/**
 * Where a modem's call audio flows:
 * - `port`: on `audioPort`, a tty of its own
 * - `inBand`: on the AT port itself (analog voice modems, V.253 voice mode)
 * - `missing`: the device should have an audio interface and none is listed (driver not bound, firmware
 *   without voice, a USB composition without it)
 */
export const AudioPath = z.enum(['port', 'inBand', 'missing']);
export type AudioPath = z.infer<typeof AudioPath>;

/** What the voice path needs to know about one modem's audio (sent to main on its AT port, host-protocol.ts). */
export const ModemAudio = z.object({
  family: VoiceFamily,
  audio: AudioPath,
  /** the audio tty's path (audio = port only) */
  audioPort: z.string().optional(),
  /** the PCM format at the module's default setting (absent: chosen over AT, e.g. +VSM on analog modems) */
  format: AudioFormat.optional(),
});
export type ModemAudio = z.infer<typeof ModemAudio>;

export interface AudioPair extends ModemAudio {
  /** the AT port of the same device */
  atPort: string;
}

/** 8 kHz mono S16LE, 320-byte frames: Huawei serial audio, Quectel QPCMV=1,0, SIMCom CPCMFRM=0. */
export const PCM_8K: AudioFormat = { encoding: 's16le', channels: 1, rateHz: 8000, frameBytes: 320 };

interface AudioLayout {
  family: VoiceFamily;
  /** the audio interface; absent = audio in-band on the AT port */
  audio?: string;
  /** AT interfaces, preferred first (the audio is paired with the first one listed) */
  at: readonly string[];
  format?: AudioFormat;
}

const huawei = (audio: string, at: string): AudioLayout => ({ family: 'huawei', audio, at: [at], format: PCM_8K });
// QPCMV=1,0 puts PCM on the NMEA interface (which then must carry no GNSS sentences)
const quectel: AudioLayout = { family: 'quectel', audio: '01', at: ['02', '03'], format: PCM_8K };
// a CDC-ACM modem's one tty is interface 00 (the by-id name may carry no -ifNN at all)
const conexant: AudioLayout = { family: 'conexant', at: ['00'] };

/** Voice modems by `vid:pid` (four lowercase hex digits each), with their interface numbers. */
export const AUDIO_LAYOUTS: Readonly<Record<string, AudioLayout>> = {
  '12d1:1001': huawei('01', '02'), // E1550 and generic
  '12d1:140c': huawei('02', '03'), // E17xx
  '12d1:1436': huawei('03', '04'), // E1750
  '12d1:14ac': huawei('03', '04'), // E153Du-1
  '12d1:1506': huawei('02', '03'), // E171 (fw 21.x)
  '1e0e:9001': { family: 'simcom', audio: '04', at: ['02', '03'], format: PCM_8K }, // SIM7000/SIM7100/SIM7600
  '2c7c:0125': quectel, // EC25/EG25
  '2c7c:0121': quectel, // EC21
  '2c7c:0191': quectel, // EG91
  '2c7c:0195': quectel, // EG95
  '2c7c:0296': quectel, // BG96
  '2c7c:0306': quectel, // EG06
  '2c7c:0512': quectel, // EG12
  '0572:1340': conexant,
  '0572:1329': conexant,
};

const layoutOf = (port: UsbPortIdentity): AudioLayout | undefined => {
  const vid = hex4(port.vendorId);
  const pid = hex4(port.productId);
  return vid && pid ? AUDIO_LAYOUTS[`${vid}:${pid}`] : undefined;
};

/** A port's interface number; a single-tty CDC-ACM modem listed without one counts as interface 00. */
const interfaceOf = (port: UsbPortIdentity, layout: AudioLayout): string | undefined => usbInterfaceOf(port) ?? (layout.audio ? undefined : '00');

/** Whether the port is a voice modem's audio interface (never an AT port), by its own USB identity alone. */
export function isAudioPort(port: UsbPortIdentity): boolean {
  const layout = layoutOf(port);
  return !!layout?.audio && usbInterfaceOf(port) === layout.audio;
}

/**
 * Which physical device a port belongs to, among ports of the same vid:pid: its serial number; without one,
 * where the device is plugged in (the by-path name without its `:config.interface` part, so all interfaces
 * of one dongle share it); without either, its by-id name without the interface (identical serial-less
 * dongles then share one, and pairing refuses to guess between them).
 */
export function usbDeviceOf(port: UsbPortIdentity): string {
  const ids = `${hex4(port.vendorId) ?? ''}:${hex4(port.productId) ?? ''}`;
  if (port.serialNumber) return `${ids}#${port.serialNumber}`;
  if (port.location) return `${ids}@${port.location.replace(/:\d+\.\d+(?=-port\d+$|$)/, '')}`;
  return `${ids}~${(port.pnpId ?? '').replace(/-if[0-9a-f]{2}.*$/i, '')}`;
}

/**
 * Every listed voice modem's AT port with its audio: one pair per device whose AT interface is listed.
 * A device whose ports cannot be told apart (two identical dongles with neither serial number nor
 * location, so one interface number shows up twice) gets no pair: a wrong pairing would send one call's
 * audio to the other line. Its audio ports are still audio ports (isAudioPort).
 */
export function findAudioPairs(ports: readonly UsbPortIdentity[]): AudioPair[] {
  const devices = new Map<string, { layout: AudioLayout; byInterface: Map<string, UsbPortIdentity[]> }>();
  for (const port of ports) {
    const layout = layoutOf(port);
    const iface = layout && interfaceOf(port, layout);
    if (!layout || !iface) continue;
    const key = usbDeviceOf(port);
    const device = devices.get(key) ?? { layout, byInterface: new Map() };
    devices.set(key, device);
    device.byInterface.set(iface, [...(device.byInterface.get(iface) ?? []), port]);
  }
  const pairs: AudioPair[] = [];
  for (const { layout, byInterface } of devices.values()) {
    if ([...byInterface.values()].some((same) => same.length > 1)) continue;
    const at = layout.at.map((i) => byInterface.get(i)?.[0]).find((p) => p !== undefined);
    if (!at) continue;
    const audio = layout.audio === undefined ? undefined : byInterface.get(layout.audio)?.[0];
    pairs.push({
      atPort: at.path,
      family: layout.family,
      audio: layout.audio === undefined ? 'inBand' : audio ? 'port' : 'missing',
      ...(audio ? { audioPort: audio.path } : {}),
      ...(layout.format ? { format: layout.format } : {}),
    });
  }
  return pairs;
}
