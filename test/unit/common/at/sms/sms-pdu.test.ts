import { describe, expect, it } from 'vitest';
import { decodePdu } from '../../../../../common/at/sms/pdu-decode';
import { encodeSubmit, SmsEncodeError } from '../../../../../common/at/sms/pdu-encode';
import { PduFormatError } from '../../../../../common/at/sms/hex';
import { smsSendSteps } from '../../../../../common/at/sms/send';

describe('SMS PDU', () => {
  it.each([
    ['plain GSM 7-bit', 'Hello {world} €5', 1, 0],
    ['UCS2 Chinese', '你好，世界', 1, 8],
    ['long GSM 7-bit is concatenated', 'a'.repeat(300), 2, 0],
    ['long UCS2 is concatenated', '你'.repeat(100), 2, 8],
  ])('%s round-trips through encode/decode', (_name, text, parts, dcs) => {
    const pdus = encodeSubmit('+8613752141860', text, { reference: 5 });
    expect(pdus).toHaveLength(parts);
    const decoded = pdus.map((p) => decodePdu(p.hex));
    expect(decoded.map((d) => (d.pduType === 'submit' ? d.text : '')).join('')).toBe(text);
    expect(decoded.every((d) => d.pduType === 'submit' && d.dcs === dcs && d.to === '+8613752141860')).toBe(true);
    for (const p of pdus) expect(p.tpduLength).toBe(p.hex.length / 2 - 1);
  });

  it('decodes a status report', () => {
    // SMSC none, SMS-STATUS-REPORT, MR 7, recipient +4915, SCTS/DT, status 0 = delivered
    expect(decodePdu('0006070691945100' + '11201121436500' + '11201121436500' + '00')).toMatchObject({ pduType: 'statusReport', messageRef: 7, recipient: '+491500', delivered: true });
  });

  it.each([['odd length', '0891'], ['not hex', 'zz'], ['truncated', '0891683108200205f024']])('refuses %s with a clear error', (_name, hex) => {
    expect(() => decodePdu(hex)).toThrow(PduFormatError);
  });

  it.each(['12;AT', '+49 123', 'ABC'])('refuses destination %j', (to) => {
    expect(() => encodeSubmit(to, 'x')).toThrow(SmsEncodeError);
  });

  it('text mode refuses Ctrl-Z in the body rather than ending the message early', () => {
    expect(() => smsSendSteps('+4912345', 'hi\x1aAT+CFUN=0', 'text')).toThrow(SmsEncodeError);
    expect(smsSendSteps('+4912345', 'hi', 'text')).toEqual([{ command: 'AT+CMGS="+4912345"', payload: 'hi' }]);
  });
});
