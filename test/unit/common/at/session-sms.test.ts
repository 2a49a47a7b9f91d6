import { describe, expect, it } from 'vitest';
import { AtTimeoutError } from '../../../../common/at/engine';
import { decodePdu } from '../../../../common/at/sms/pdu-decode';
import { SmsEncodeError } from '../../../../common/at/sms/pdu-encode';
import { SmsSendError } from '../../../../common/at/sms/sms-sender';
import { sessionRig, type FakeRule } from './session-rig';

const PROMPT: FakeRule = [/^AT\+CMGS=/, '\r\n> '];
/** Answers each payload with the next message reference (+CMGS: 1, 2, ...). */
function accepted(): FakeRule {
  let mr = 0;
  return ['payload', () => `\r\n+CMGS: ${++mr}\r\n\r\nOK\r\n`];
}

const submitOf = (hex: string) => {
  const pdu = decodePdu(hex);
  if (pdu.pduType !== 'submit') throw new Error(`expected SMS-SUBMIT, got ${pdu.pduType}`);
  return pdu;
};

describe('SMS sending through the session (PDU mode)', () => {
  it('UCS2 Chinese: AT+CMGS=<TPDU length>, the PDU only after "> ", resolves with the reference', async () => {
    const rig = sessionRig('generic', [PROMPT, accepted()]);
    await expect(rig.session.sendSms('+8613800138000', '你好，世界')).resolves.toEqual([1]);
    const [payload = ''] = rig.payloads();
    expect(rig.commands()).toEqual([`AT+CMGS=${payload.length / 2 - 1}`]);
    expect(submitOf(payload)).toMatchObject({ to: '+8613800138000', text: '你好，世界', dcs: 8 });
  });

  it('a 3-part concatenated message: three prompts, one reference, parts 1..3, text reassembles', async () => {
    const rig = sessionRig('generic', [PROMPT, accepted()]);
    const text = '长'.repeat(150); // 67 + 67 + 16 UCS2 characters
    await expect(rig.session.sendSms('+8613800138000', text, { reference: 42 })).resolves.toEqual([1, 2, 3]);
    const parts = rig.payloads().map(submitOf);
    expect(parts.map((p) => p.concat)).toEqual([1, 2, 3].map((part) => ({ ref: 42, total: 3, part })));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(rig.commands()).toHaveLength(3);
  });

  it('writes nothing before the prompt and never puts the text into a command line', async () => {
    const rig = sessionRig('generic', [[/^AT\+CMGS=/, ''], accepted()]);
    const sending = rig.session.sendSms('+4912345', 'AT+CFUN=0');
    await rig.settle();
    expect(rig.writes).toEqual([expect.stringMatching(/^AT\+CMGS=\d+\r$/)]);
    rig.feed('\r\n> ');
    await expect(sending).resolves.toEqual([1]);
    expect(rig.commands().some((c) => c.includes('CFUN'))).toBe(false);
  });

  it('a RING arriving while the prompt is open is reported, not written into the message', async () => {
    const rig = sessionRig('generic', [PROMPT, ['payload', '\r\nRING\r\n\r\n+CMGS: 9\r\n\r\nOK\r\n']]);
    await expect(rig.session.sendSms('+4912345', 'hello')).resolves.toEqual([9]);
    expect(submitOf(rig.payloads()[0] ?? '').text).toBe('hello');
    expect(rig.events).toContainEqual({ type: 'ringing' });
  });

  it('+CMS ERROR on part 2 stops the message: part 3 is never sent, part 1 reference is kept', async () => {
    let part = 0;
    const rig = sessionRig('generic', [PROMPT, ['payload', () => (++part === 2 ? '\r\n+CMS ERROR: 330\r\n' : `\r\n+CMGS: ${part}\r\n\r\nOK\r\n`)]]);
    const error = await rig.session.sendSms('+4912345', 'x'.repeat(400)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsSendError);
    expect(error).toMatchObject({ sentReferences: [1], totalParts: 3, message: 'SMS part 2 of 3 refused: CMS 330' });
    expect(rig.payloads()).toHaveLength(2);
    expect(rig.events).toContainEqual(expect.objectContaining({ type: 'error', kind: 'CMS', code: 330 }));
  });

  it('no prompt within 60 s: times out and writes ESC so the module leaves the prompt', async () => {
    const rig = sessionRig('generic', [[/^AT\+CMGS=/, '']]);
    const sending = rig.session.sendSms('+4912345', 'hi').catch((e: unknown) => e);
    await rig.settle();
    rig.clock.advance(60_000);
    expect(await sending).toBeInstanceOf(AtTimeoutError);
    expect(rig.writes.at(-1)).toBe('\x1b');
  });
});

describe('SMS sending through the session (text mode)', () => {
  it('switches to text mode, sends the text after "> ", then back to PDU mode', async () => {
    const rig = sessionRig('generic', [PROMPT, accepted()]);
    await expect(rig.session.sendSms('+4912345', 'Hello {there}', { mode: 'text' })).resolves.toEqual([1]);
    expect(rig.commands()).toEqual(['AT+CMGF=1', 'AT+CMGS="+4912345"', 'AT+CMGF=0']);
    expect(rig.payloads()).toEqual(['Hello {there}']);
  });

  it('+CMS ERROR still restores PDU mode', async () => {
    const rig = sessionRig('generic', [PROMPT, ['payload', '\r\n+CMS ERROR: 38\r\n']]);
    await expect(rig.session.sendSms('+4912345', 'hi', { mode: 'text' })).rejects.toMatchObject({ totalParts: 1, sentReferences: [] });
    expect(rig.commands().at(-1)).toBe('AT+CMGF=0');
  });
});

describe('SMS input that must never reach the port', () => {
  it.each<[string, string, string, 'pdu' | 'text']>([
    ['Chinese in text mode', '+4912345', '你好', 'text'],
    ['Ctrl-Z in text mode', '+4912345', 'hi\x1aAT+CFUN=0', 'text'],
    ['over 160 characters in text mode', '+4912345', 'x'.repeat(161), 'text'],
    ['a destination with a command', '123;AT+CFUN=0', 'hi', 'pdu'],
    ['a destination with letters', 'ABC', 'hi', 'text'],
  ])('%s', async (_name, to, text, mode) => {
    const rig = sessionRig('generic', [PROMPT, accepted()]);
    await expect(rig.session.sendSms(to, text, { mode })).rejects.toBeInstanceOf(SmsEncodeError);
    expect(rig.writes).toEqual([]);
  });
});
