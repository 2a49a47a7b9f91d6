import { packSeptets, textToSeptets } from './gsm7';
import { bytesToHex, textToUcs2 } from './hex';

export class SmsEncodeError extends Error {}

export interface SubmitPdu {
  /** Hex to write after the `> ` prompt (starts with 00 = use the SIM's SMSC). */
  hex: string;
  /** TPDU octets (SMSC block excluded): the parameter of AT+CMGS. */
  tpduLength: number;
}

export interface SubmitOptions {
  requestStatusReport?: boolean;
  /** Concatenation reference (0-255), chosen by the caller so parts of one message share it. */
  reference?: number;
}

const GSM7_SINGLE = 160;
const GSM7_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/** Destination numbers: optional leading +, then 1-20 digits. Anything else is refused, never sent. */
export function encodeAddress(number: string): Uint8Array {
  const m = /^(\+?)(\d{1,20})$/.exec(number);
  if (!m) throw new SmsEncodeError(`invalid SMS destination "${number}": only an optional + and 1-20 digits are allowed`);
  const digits = m[2] ?? '';
  const padded = digits.length % 2 ? `${digits}F` : digits;
  const out = [digits.length, m[1] ? 0x91 : 0x81];
  for (let i = 0; i < padded.length; i += 2) out.push(Number.parseInt(`${padded[i + 1]}${padded[i]}`, 16));
  return Uint8Array.from(out);
}

/** Splits septets into parts without cutting an ESC pair. */
function splitSeptets(septets: number[], size: number): number[][] {
  const parts: number[][] = [];
  let i = 0;
  while (i < septets.length) {
    let end = Math.min(i + size, septets.length);
    if (end < septets.length && septets[end - 1] === 0x1b) end--;
    parts.push(septets.slice(i, end));
    i = end;
  }
  return parts;
}

/** Splits UTF-16 text into parts without cutting a surrogate pair. */
function splitUtf16(text: string, size: number): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}

function submit(to: Uint8Array, dcs: number, udl: number, ud: Uint8Array, udh: boolean, report: boolean): SubmitPdu {
  // 0x01 SMS-SUBMIT, 0x10 relative validity period, 0x20 status report request, 0x40 UDHI
  const fo = 0x11 | (report ? 0x20 : 0) | (udh ? 0x40 : 0);
  const tpdu = Uint8Array.from([fo, 0x00, ...to, 0x00, dcs, 0xa7, udl, ...ud]);
  return { hex: `00${bytesToHex(tpdu)}`, tpduLength: tpdu.length };
}

const concatHeader = (ref: number, total: number, part: number): number[] => [0x05, 0x00, 0x03, ref & 0xff, total, part];

/** Encodes text as one or more SMS-SUBMIT PDUs: GSM 7-bit when possible, else UCS2 (Chinese etc.). */
export function encodeSubmit(to: string, text: string, options: SubmitOptions = {}): SubmitPdu[] {
  const address = encodeAddress(to);
  const report = options.requestStatusReport ?? false;
  const ref = options.reference ?? 0;
  const septets = textToSeptets(text);
  if (septets) {
    if (septets.length <= GSM7_SINGLE) return [submit(address, 0x00, septets.length, packSeptets(septets), false, report)];
    const parts = splitSeptets(septets, GSM7_PART);
    return parts.map((part, i) => {
      const header = concatHeader(ref, parts.length, i + 1);
      // 6 header octets = 48 bits; one fill bit brings the text to the 7th septet boundary.
      const body = packSeptets(part, 1);
      return submit(address, 0x00, part.length + 7, Uint8Array.from([...header, ...body]), true, report);
    });
  }
  if (text.length <= UCS2_SINGLE) {
    const ud = textToUcs2(text);
    return [submit(address, 0x08, ud.length, ud, false, report)];
  }
  const parts = splitUtf16(text, UCS2_PART);
  return parts.map((part, i) => {
    const ud = Uint8Array.from([...concatHeader(ref, parts.length, i + 1), ...textToUcs2(part)]);
    return submit(address, 0x08, ud.length, ud, true, report);
  });
}
