import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../common/at/at-clock';
import { createDriver } from '../../../../common/at/drivers/create-driver';
import { AtEngine, AtPortLostError, AtTimeoutError } from '../../../../common/at/engine';
import type { GatewayEvent } from '../../../../common/at/events';
import { parseFinal } from '../../../../common/at/final-codes';

function rig() {
  const clock = new VirtualClock();
  const events: GatewayEvent[] = [];
  const written: string[] = [];
  const engine = new AtEngine(clock, (e) => events.push(e), (d) => void written.push(d));
  engine.setHandler(createDriver('generic', clock, (e) => events.push(e)));
  return { clock, events, engine, written };
}

describe('final result codes', () => {
  it.each([
    ['OK', { kind: 'OK' }],
    ['ERROR', { kind: 'ERROR', code: null }],
    ['+CME ERROR: 10', { kind: 'CME', code: 10 }],
    ['+CME ERROR: SIM not inserted', { kind: 'CME', code: 10, message: 'SIM not inserted' }],
    ['+CMS ERROR: 330', { kind: 'CMS', code: 330 }],
    ['+CME ERROR:', { kind: 'CME', code: null }],
    ['+CME ERROR: vendor gibberish', { kind: 'CME', code: null, message: 'vendor gibberish' }],
    ['NO CARRIER', { kind: 'CALL_END', cause: 'NO CARRIER' }],
    ['NO DIALTONE', { kind: 'CALL_END', cause: 'NO DIALTONE' }],
    ['COMMAND NOT SUPPORT', { kind: 'VENDOR_ERROR', text: 'COMMAND NOT SUPPORT', code: null }],
    ['CONNECT 9600', { kind: 'CONNECT', text: '9600' }],
    ['+CSQ: 19,99', null],
  ])('%s', (line, expected) => {
    expect(parseFinal(line)).toEqual(expected);
  });
});

describe('AtEngine', () => {
  it('writes one command at a time and resolves each with its own lines', async () => {
    const { engine, written } = rig();
    const a = engine.send('AT+CSQ');
    const b = engine.send('AT+CGMI');
    expect(written).toEqual(['AT+CSQ\r']);
    engine.feed('\r\n+CSQ: 19,99\r\n\r\nOK\r\n');
    expect((await a).lines).toEqual(['+CSQ: 19,99']);
    expect(written).toEqual(['AT+CSQ\r', 'AT+CGMI\r']);
    engine.feed('\r\nQuectel\r\n\r\nOK\r\n');
    expect((await b).lines).toEqual(['Quectel']);
  });

  it('keeps a URC that arrives inside a response out of that response', async () => {
    const { engine, events } = rig();
    const r = engine.send('AT+CGMI');
    engine.feed('AT+CGMI\r\r\nRING\r\n\r\nSIMCOM\r\n\r\n+CLIP: "555",129\r\nOK\r\n');
    expect((await r).lines).toEqual(['SIMCOM']);
    expect(events.map((e) => e.type)).toEqual(['ringing', 'incoming', 'deviceInfo', 'ok']);
  });

  it('binds the +CMT body line to its header even when it reads "OK"', async () => {
    const { engine, events } = rig();
    const r = engine.send('AT');
    engine.feed('\r\n+CMT: "+4912345",,"24/01/02,03:04:05+04"\r\nOK\r\n\r\nOK\r\n');
    await r;
    expect(events).toContainEqual(expect.objectContaining({ type: 'sms', from: '+4912345', text: 'OK' }));
  });

  it('times out a silent command on the injected clock, then runs the next', async () => {
    const { engine, clock, events, written } = rig();
    const a = engine.send('AT+COPS?');
    const b = engine.send('AT');
    clock.advance(4_999);
    expect(written).toHaveLength(1);
    clock.advance(1);
    await expect(a).rejects.toBeInstanceOf(AtTimeoutError);
    expect(events).toContainEqual({ type: 'error', command: 'AT+COPS?', kind: 'TIMEOUT', code: null });
    expect(written).toEqual(['AT+COPS?\r', 'AT\r']);
    engine.feed('\r\nOK\r\n');
    await expect(b).resolves.toMatchObject({ result: { kind: 'OK' } });
  });

  it('writes the SMS payload only after the > prompt, never in the command line', async () => {
    const { engine, written } = rig();
    const r = engine.send('AT+CMGS=17', { payload: '0011000B91' });
    expect(written).toEqual(['AT+CMGS=17\r']);
    engine.feed('\r\n> ');
    expect(written).toEqual(['AT+CMGS=17\r', '0011000B91\x1a']);
    engine.feed('\r\n+CMGS: 42\r\n\r\nOK\r\n');
    expect((await r).lines).toEqual(['+CMGS: 42']);
  });

  it('fails everything pending when the port is lost', async () => {
    const { engine } = rig();
    const a = engine.send('AT');
    const b = engine.send('AT+CSQ');
    engine.feed('\r\n+CS');
    engine.portLost();
    await expect(a).rejects.toBeInstanceOf(AtPortLostError);
    await expect(b).rejects.toBeInstanceOf(AtPortLostError);
    expect(engine.busy).toBe(false);
  });

  it('completes AT+CPIN? after info-line-then-silence (Wavecom sends no OK)', async () => {
    const { engine, clock } = rig();
    const r = engine.send('AT+CPIN?');
    engine.feed('\r\n+CPIN: READY\r\n');
    clock.advance(2_000);
    await expect(r).resolves.toMatchObject({ lines: ['+CPIN: READY'], result: { kind: 'OK' } });
  });
});
