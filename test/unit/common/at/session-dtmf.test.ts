import { describe, expect, it } from 'vitest';
import { DialStringError } from '../../../../common/at/dial-string';
import type { Family } from '../../../../common/at/drivers/family';
import { GatewayCommandError } from '../../../../common/at/session';
import { sessionRig } from './session-rig';

describe('DTMF through the session', () => {
  it.each<[string, Family, string, string[]]>([
    ['27.007: one AT+VTS per digit', 'generic', '1#', ['AT+VTS=1', 'AT+VTS=#']],
    ['SIMCom uses AT+VTS', 'simcom', '*0', ['AT+VTS=*', 'AT+VTS=0']],
    ['Quectel uses AT+VTS', 'quectel', 'A9', ['AT+VTS=A', 'AT+VTS=9']],
    ['Huawei ^DTMF with the connected call id', 'huawei', '12', ['AT^DTMF=2,1', 'AT^DTMF=2,2']],
  ])('%s', async (_name, family, digits, expected) => {
    const rig = sessionRig(family);
    // A connected call: Huawei reports its id in ^CONN, the others just answer.
    rig.feed(family === 'huawei' ? '\r\n^CONN:2,0\r\n' : '\r\nRING\r\n');
    await rig.session.answer();
    const before = rig.commands().length;
    await rig.session.sendDtmf(digits);
    expect(rig.commands().slice(before)).toEqual(expected);
  });

  it('Huawei without a known call id addresses call 1', async () => {
    const rig = sessionRig('huawei');
    await rig.session.sendDtmf('5');
    expect(rig.commands()).toEqual(['AT^DTMF=1,5']);
  });

  it.each(['12x', '1;ATH', '', '1\r2'])('refuses %j before writing anything', async (digits) => {
    const rig = sessionRig('generic');
    await expect(rig.session.sendDtmf(digits)).rejects.toBeInstanceOf(DialStringError);
    expect(rig.writes).toEqual([]);
  });

  it('stops at the first refused digit and reports the module error', async () => {
    const rig = sessionRig('generic', [[/^AT\+VTS=2/, '\r\n+CME ERROR: 3\r\n']]);
    const sending = rig.session.sendDtmf('123');
    await expect(sending).rejects.toBeInstanceOf(GatewayCommandError);
    expect(rig.commands()).toEqual(['AT+VTS=1', 'AT+VTS=2']);
  });
});
