import type { SmsConcat } from '../events';
import { septetsToText, unpackSeptets } from './gsm7';
import { hexToBytes, PduFormatError, ucs2ToText } from './hex';
import { decodeScts } from './timestamp';

export type DecodedPdu =
  | { pduType: 'deliver'; smsc?: string; from: string; text: string; timestamp: string; dcs: number; concat?: SmsConcat }
  | { pduType: 'submit'; smsc?: string; to: string; text: string; messageRef: number; dcs: number; concat?: SmsConcat }
  | { pduType: 'statusReport'; smsc?: string; recipient: string; messageRef: number; status: number; delivered: boolean; timestamp: string };

type Alphabet = 'gsm7' | '8bit' | 'ucs2';

/** Sequential reader that fails with a clear message instead of reading past the end. */
class Reader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.offset];
    if (b === undefined) throw new PduFormatError(`PDU truncated at octet ${this.offset}`);
    this.offset++;
    return b;
  }
  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new PduFormatError(`PDU truncated: need ${n} octets at ${this.offset}`);
    const out = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  rest(): Uint8Array {
    return this.bytes.slice(this.offset);
  }
}

const SEMI_OCTET = '0123456789*#abc';

function semiOctets(bytes: Uint8Array, digits: number): string {
  let out = '';
  for (const b of bytes) out += (SEMI_OCTET[b & 0x0f] ?? '') + (SEMI_OCTET[b >> 4] ?? '');
  return out.slice(0, digits);
}

/** TOA 0x91 = international (+); TON 5 = alphanumeric (GSM 7-bit packed, e.g. "Ufone", "40033"). */
function readAddress(r: Reader): string {
  const digits = r.byte();
  const toa = r.byte();
  const octets = r.take(Math.ceil(digits / 2));
  if ((toa & 0x70) === 0x50) return septetsToText(unpackSeptets(octets, Math.floor((digits * 4) / 7)));
  return ((toa & 0x70) === 0x10 ? '+' : '') + semiOctets(octets, digits);
}

function readSmsc(r: Reader): string | undefined {
  const length = r.byte();
  if (length === 0) return undefined;
  const toa = r.byte();
  const number = semiOctets(r.take(length - 1), (length - 1) * 2).replace(/c$/, '');
  return ((toa & 0x70) === 0x10 ? '+' : '') + number.replace(/[^0-9*#]/g, '');
}

export function alphabetOf(dcs: number): Alphabet {
  const group = dcs & 0xf0;
  if (group === 0xf0) return dcs & 0x04 ? '8bit' : 'gsm7';
  if (group === 0xe0) return 'ucs2';
  if (group === 0xc0 || group === 0xd0) return 'gsm7';
  if ((dcs & 0x80) === 0) {
    const bits = (dcs >> 2) & 0x03;
    return bits === 2 ? 'ucs2' : bits === 1 ? '8bit' : 'gsm7';
  }
  return '8bit';
}

function readConcat(udh: Uint8Array): SmsConcat | undefined {
  for (let i = 0; i + 1 < udh.length; ) {
    const iei = udh[i] ?? 0;
    const len = udh[i + 1] ?? 0;
    const d = udh.subarray(i + 2, i + 2 + len);
    if (iei === 0x00 && len === 3) return { ref: d[0] ?? 0, total: d[1] ?? 0, part: d[2] ?? 0 };
    if (iei === 0x08 && len === 4) return { ref: ((d[0] ?? 0) << 8) | (d[1] ?? 0), total: d[2] ?? 0, part: d[3] ?? 0 };
    i += 2 + len;
  }
  return undefined;
}

function readUserData(r: Reader, dcs: number, hasUdh: boolean): { text: string; concat?: SmsConcat } {
  const udl = r.byte();
  const ud = r.rest();
  const alphabet = alphabetOf(dcs);
  const udhLength = hasUdh ? (ud[0] ?? 0) + 1 : 0;
  const concat = hasUdh ? readConcat(ud.subarray(1, udhLength)) : undefined;
  if (alphabet === 'gsm7') {
    const headerSeptets = Math.ceil((udhLength * 8) / 7);
    const septets = unpackSeptets(ud, udl).slice(headerSeptets);
    return { text: septetsToText(septets), concat };
  }
  const body = ud.subarray(udhLength, udl);
  const text = alphabet === 'ucs2' ? ucs2ToText(body) : [...body].map((b) => String.fromCharCode(b)).join('');
  return { text, concat };
}

/** Decodes an SMS PDU as printed by +CMT/+CMGR/+CMGL/+CDS (hex, SMSC block first unless `hasSmsc` is false). */
export function decodePdu(hex: string, hasSmsc = true): DecodedPdu {
  const r = new Reader(hexToBytes(hex));
  const smsc = hasSmsc ? readSmsc(r) : undefined;
  const fo = r.byte();
  const hasUdh = (fo & 0x40) !== 0;
  switch (fo & 0x03) {
    case 0: {
      const from = readAddress(r);
      r.byte(); // PID
      const dcs = r.byte();
      const timestamp = decodeScts(r.take(7));
      return withSmsc({ pduType: 'deliver', from, timestamp, dcs, ...readUserData(r, dcs, hasUdh) }, smsc);
    }
    case 1: {
      const messageRef = r.byte();
      const to = readAddress(r);
      r.byte(); // PID
      const dcs = r.byte();
      const vpf = (fo >> 3) & 0x03;
      if (vpf === 2) r.take(1);
      else if (vpf !== 0) r.take(7);
      return withSmsc({ pduType: 'submit', to, messageRef, dcs, ...readUserData(r, dcs, hasUdh) }, smsc);
    }
    case 2: {
      const messageRef = r.byte();
      const recipient = readAddress(r);
      const timestamp = decodeScts(r.take(7));
      r.take(7); // discharge time
      const status = r.byte();
      return withSmsc({ pduType: 'statusReport', recipient, messageRef, status, delivered: status < 0x20, timestamp }, smsc);
    }
    default:
      throw new PduFormatError(`unsupported message type indicator ${fo & 0x03}`);
  }
}

function withSmsc<T extends DecodedPdu>(pdu: T, smsc: string | undefined): T {
  const out = smsc === undefined ? pdu : { ...pdu, smsc };
  if (out.pduType !== 'statusReport' && out.concat === undefined) delete out.concat;
  return out;
}
