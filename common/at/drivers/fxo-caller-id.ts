import type { CallerIdInfo } from '../events';

/**
 * Caller ID from analog voice modems (notes §6): formatted tag lines (`NMBR = 123`, `DATE=0321`) and raw
 * SDMF/MDMF packets in hex (AT+VCID=2 / AT#CID=2). Lenient: bad checksums and odd dates are reported,
 * never a reason to drop the call.
 */
const TAGS: Readonly<Record<string, keyof CallerIdInfo | 'mesg'>> = {
  DATE: 'date',
  TIME: 'time',
  NMBR: 'number',
  NAME: 'name',
  DDN_NMBR: 'number',
  'CALLER NUMBER': 'number',
  'CALLER NAME': 'name',
  MESG: 'mesg',
};

export interface CidTagLine {
  tag: string;
  field: keyof CallerIdInfo | 'mesg';
  value: string;
}

export function parseCidTagLine(line: string): CidTagLine | null {
  const m = /^([A-Z_ ]+?)\s*[=:]\s*(.*)$/.exec(line);
  if (!m) return null;
  const tag = (m[1] ?? '').trim();
  const field = TAGS[tag];
  return field ? { tag, field, value: (m[2] ?? '').trim() } : null;
}

const ascii = (bytes: number[]): string => String.fromCharCode(...bytes);

/** A raw CID packet: `04 <len> MMDDhhmm<number> [checksum]` (SDMF) or `80 <len> <TLVs> [checksum]` (MDMF). */
export function parseRawCid(line: string): CallerIdInfo | null {
  // some modems print the packet's bytes separated by spaces
  const hex = /^(04|80)( ?[0-9A-Fa-f]{2}){2,}$/.test(line) ? line.replace(/ /g, '') : line;
  if (!/^(04|80)[0-9A-Fa-f]{4,}$/.test(hex) || hex.length % 2) return null;
  const bytes = (hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16));
  const type = bytes[0];
  const length = bytes[1] ?? 0;
  const payload = bytes.slice(2, 2 + length);
  if (payload.length < length) return null;
  const checksumByte = bytes[2 + length];
  const checksumValid =
    checksumByte === undefined ? false : bytes.slice(0, 3 + length).reduce((a, b) => a + b, 0) % 256 === 0;
  const info: CallerIdInfo = { number: '', checksumValid };
  if (type === 0x04) {
    const text = ascii(payload);
    info.date = text.slice(0, 4);
    info.time = text.slice(4, 8);
    info.number = text.slice(8);
    return info;
  }
  for (let i = 0; i + 1 < payload.length; ) {
    const tag = payload[i] ?? 0;
    const len = payload[i + 1] ?? 0;
    const value = ascii(payload.slice(i + 2, i + 2 + len));
    if (tag === 0x01) {
      info.date = value.slice(0, 4);
      info.time = value.slice(4, 8);
    } else if (tag === 0x02) info.number = value;
    else if (tag === 0x04) info.number = value; // O = unavailable, P = private
    else if (tag === 0x07) info.name = value;
    i += 2 + len;
  }
  return info;
}
