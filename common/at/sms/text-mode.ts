import type { SmsMessage } from '../events';
import { fieldValues, intField } from '../fields';
import { alphabetOf } from './pdu-decode';
import { hexToBytes, ucs2ToText } from './hex';
import { parseTextTimestamp } from './timestamp';

const isUcs2Hex = (text: string): boolean => text.length >= 4 && text.length % 4 === 0 && /^[0-9A-Fa-f]+$/.test(text);

/** With AT+CSCS="UCS2" numbers arrive as hex ("002B0038..."); decode only when the result is a phone number. */
export function decodeTextAddress(value: string): string {
  if (!isUcs2Hex(value)) return value;
  const decoded = ucs2ToText(hexToBytes(value));
  return /^\+?[0-9*#]+$/.test(decoded) ? decoded : value;
}

/** The body is hex when DCS says UCS2 (or the TE charset is UCS2); otherwise it is plain text. */
export function decodeTextBody(body: string, dcs: number | undefined, ucs2Charset: boolean): string {
  const ucs2 = (dcs !== undefined && alphabetOf(dcs) === 'ucs2') || ucs2Charset;
  return ucs2 && isUcs2Hex(body) ? ucs2ToText(hexToBytes(body)) : body;
}

/**
 * Text-mode headers: `+CMGR: <stat>,<oa>,[<alpha>],<scts>[,<tooa>,<fo>,<pid>,<dcs>,<sca>,<tosca>,<length>]`
 * and `+CMT: <oa>,[<alpha>],<scts>[,...same tail]` (the tail appears with AT+CSDH=1).
 */
export function parseTextModeSms(params: string, body: string, withStatus: boolean, ucs2Charset = false): SmsMessage {
  const f = fieldValues(params);
  const rest = withStatus ? f.slice(1) : f;
  const [oa = '', , scts = '', , , , dcsField, sca] = rest;
  const dcs = intField(dcsField);
  const message: SmsMessage = { from: decodeTextAddress(oa), text: decodeTextBody(body, dcs, ucs2Charset) };
  if (sca) message.smsc = decodeTextAddress(sca);
  const timestamp = parseTextTimestamp(scts);
  if (timestamp) message.timestamp = timestamp;
  if (dcs !== undefined) message.dcs = dcs;
  return message;
}
