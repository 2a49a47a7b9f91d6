import { describe, expect, it } from 'vitest';
import { CLIP_FALLBACK_MS } from '../../../../common/at/calls/clip-fallback';
import { sessionRig } from './session-rig';

const CLCC_INCOMING = '\r\n+CLCC: 1,1,4,0,0,"+4915123456",145\r\n\r\nOK\r\n';
const clccCount = (commands: string[]) => commands.filter((c) => c === 'AT+CLCC').length;

describe('caller ID fallback: RING without +CLIP asks AT+CLCC after 3 s', () => {
  it('queries once, 3 s after the first RING, and announces the number from the list', async () => {
    const rig = sessionRig('generic', [[/^AT\+CLCC\r$/, CLCC_INCOMING]]);
    rig.feed('\r\nRING\r\n');
    rig.clock.advance(2_000);
    rig.feed('\r\nRING\r\n'); // a module ringing every 2 s must not postpone the query
    rig.clock.advance(CLIP_FALLBACK_MS - 2_000 - 1);
    expect(rig.commands()).toEqual([]);
    rig.clock.advance(1);
    await rig.settle();
    expect(rig.commands()).toEqual(['AT+CLCC']);
    expect(rig.events).toContainEqual({ type: 'incoming', number: '+4915123456', numberType: 145, callId: 1 });
    rig.feed('\r\nRING\r\n');
    rig.clock.advance(CLIP_FALLBACK_MS);
    await rig.settle();
    expect(clccCount(rig.commands())).toBe(1);
  });

  it.each([
    ['+CLIP right after RING', ['\r\nRING\r\n\r\n+CLIP: "+4915123456",145,,,,0\r\n']],
    ['+CLIP in a later read', ['\r\nRING\r\n', '\r\n+CLIP: "+4915123456",145\r\n']],
    ['+CLIP before RING', ['\r\n+CLIP: "+4915123456",145\r\n\r\nRING\r\n']],
  ])('no query when the number came by %s', async (_name, reads) => {
    const rig = sessionRig('generic');
    for (const read of reads) rig.feed(read);
    rig.clock.advance(CLIP_FALLBACK_MS * 3);
    await rig.settle();
    expect(rig.commands()).toEqual([]);
    expect(rig.events.filter((e) => e.type === 'incoming')).toEqual([{ type: 'incoming', number: '+4915123456', numberType: 145 }]);
  });

  it('the next call gets its own query after the first one ended', async () => {
    const rig = sessionRig('generic', [[/^AT\+CLCC\r$/, CLCC_INCOMING], [/^AT\+CHUP\r$/, '\r\nOK\r\n']]);
    rig.feed('\r\nRING\r\n');
    rig.clock.advance(CLIP_FALLBACK_MS);
    await rig.settle();
    await rig.session.hangup();
    rig.feed('\r\nRING\r\n');
    rig.clock.advance(CLIP_FALLBACK_MS);
    await rig.settle();
    expect(clccCount(rig.commands())).toBe(2);
  });
});

describe('call waiting (+CCWA)', () => {
  it('a second caller during a call is reported with its number, and AT+CHLD=2 takes it', async () => {
    const rig = sessionRig('generic', [[/^ATD/, '\r\nOK\r\n']]);
    await rig.session.dial('5551234');
    rig.feed('\r\n+CCWA: "+4915999",145,1\r\n');
    expect(rig.events).toContainEqual({ type: 'callWaiting', number: '+4915999', numberType: 145 });
    // The first call is still up: the waiting call is not a new ringing call that would end it.
    expect(rig.events.filter((e) => e.type === 'hangup' || e.type === 'ringing')).toEqual([]);
    await rig.session.acceptWaiting();
    expect(rig.commands().at(-1)).toBe('AT+CHLD=2');
  });

  it('the +CCWA answer to AT+CCWA=1,2 (status,class) is a response, not a waiting call', async () => {
    const rig = sessionRig('generic', [[/^AT\+CCWA=1,2/, '\r\n+CCWA: 1,1\r\n\r\nOK\r\n']]);
    await rig.session.engine.send('AT+CCWA=1,2');
    expect(rig.events.filter((e) => e.type === 'callWaiting')).toEqual([]);
  });

  it('a +CCWA URC that arrives while AT+CCWA=1,2 is in flight is still a waiting call', async () => {
    const rig = sessionRig('generic', [[/^AT\+CCWA=1,2/, '\r\n+CCWA: "+4915999",145,1\r\n\r\n+CCWA: 1,1\r\n\r\nOK\r\n']]);
    const response = await rig.session.engine.send('AT+CCWA=1,2');
    expect(response.lines).toEqual(['+CCWA: 1,1']);
    expect(rig.events).toContainEqual({ type: 'callWaiting', number: '+4915999', numberType: 145 });
  });

  it('+CLCC showing the waiting call (stat 5) reports it once, with its call id', async () => {
    const rig = sessionRig('simcom');
    rig.feed('\r\n+CLCC: 1,0,0,0,0,"5551234",129\r\n');
    rig.feed('\r\n+CLCC: 2,1,5,0,0,"+4915999",145\r\n');
    expect(rig.events.filter((e) => e.type === 'callWaiting')).toEqual([{ type: 'callWaiting', callId: 2, number: '+4915999', numberType: 145 }]);
  });
});
