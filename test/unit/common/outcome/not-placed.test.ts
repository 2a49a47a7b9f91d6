// Issue: a call is what happened on the wire. Every SIP final response, Q.850 cause and AT result maps
// to an outcome, and to whether the dial counts as an attempt on the lead.
import { describe, expect, it } from 'vitest';
import { classifyGatewayHangup, MODEM_REFUSED } from '../../../../common/outcome/gateway-outcome';
import { countsAsAttempt, NotPlacedReason } from '../../../../common/outcome/not-placed';
import { outcomeFromQ850 } from '../../../../common/outcome/q850-outcome';
import { outcomeFromSipAttempt } from '../../../../common/outcome/sip-attempt';
import { classifySipFailure } from '../../../../common/outcome/sip-outcome';
import { DialOutcome } from '../../../../common/outcome/dial-outcome';

type Row = [code: number, beforeNetwork: string, afterNetwork: string];
/** Every IANA-registered SIP final response from 300 up; `placed?reason` is outcome or notPlaced:reason. */
const sip: Row[] = [
  [300, 'notPlaced:redirected', 'notPlaced:redirected'],
  [301, 'notPlaced:redirected', 'notPlaced:redirected'],
  [302, 'notPlaced:redirected', 'notPlaced:redirected'],
  [305, 'notPlaced:redirected', 'notPlaced:redirected'],
  [380, 'notPlaced:redirected', 'notPlaced:redirected'],
  [400, 'notPlaced:requestRefused', 'failed'],
  [401, 'notPlaced:authFailed', 'notPlaced:authFailed'],
  [402, 'notPlaced:requestRefused', 'failed'],
  [403, 'notPlaced:forbidden', 'failed'],
  [404, 'invalidNumber', 'invalidNumber'],
  [405, 'notPlaced:requestRefused', 'failed'],
  [406, 'notPlaced:requestRefused', 'failed'],
  [407, 'notPlaced:authFailed', 'notPlaced:authFailed'],
  [408, 'notPlaced:serverError', 'noAnswer'],
  [410, 'invalidNumber', 'invalidNumber'],
  [412, 'notPlaced:requestRefused', 'failed'],
  [413, 'notPlaced:requestRefused', 'failed'],
  [414, 'notPlaced:requestRefused', 'failed'],
  [415, 'notPlaced:requestRefused', 'failed'],
  [416, 'notPlaced:requestRefused', 'failed'],
  [417, 'notPlaced:requestRefused', 'failed'],
  [420, 'notPlaced:requestRefused', 'failed'],
  [421, 'notPlaced:requestRefused', 'failed'],
  [422, 'notPlaced:requestRefused', 'failed'],
  [423, 'notPlaced:requestRefused', 'failed'],
  [424, 'notPlaced:requestRefused', 'failed'],
  [428, 'notPlaced:requestRefused', 'failed'],
  [429, 'notPlaced:requestRefused', 'failed'],
  [430, 'notPlaced:requestRefused', 'failed'],
  [433, 'notPlaced:requestRefused', 'failed'],
  [436, 'notPlaced:requestRefused', 'failed'],
  [437, 'notPlaced:requestRefused', 'failed'],
  [438, 'notPlaced:requestRefused', 'failed'],
  [439, 'notPlaced:requestRefused', 'failed'],
  [440, 'notPlaced:requestRefused', 'failed'],
  [469, 'notPlaced:requestRefused', 'failed'],
  [470, 'notPlaced:requestRefused', 'failed'],
  [480, 'noAnswer', 'noAnswer'],
  [481, 'notPlaced:requestRefused', 'failed'],
  [482, 'notPlaced:requestRefused', 'failed'],
  [483, 'notPlaced:requestRefused', 'failed'],
  [484, 'invalidNumber', 'invalidNumber'],
  [485, 'invalidNumber', 'invalidNumber'],
  [486, 'busy', 'busy'],
  [487, 'cancelled', 'cancelled'],
  [488, 'notPlaced:requestRefused', 'failed'],
  [489, 'notPlaced:requestRefused', 'failed'],
  [491, 'notPlaced:requestRefused', 'failed'],
  [493, 'notPlaced:requestRefused', 'failed'],
  [494, 'notPlaced:requestRefused', 'failed'],
  [500, 'notPlaced:serverError', 'failed'],
  [501, 'notPlaced:serverError', 'failed'],
  [502, 'notPlaced:serverError', 'failed'],
  [503, 'notPlaced:serverError', 'failed'],
  [504, 'notPlaced:serverError', 'failed'],
  [505, 'notPlaced:serverError', 'failed'],
  [513, 'notPlaced:serverError', 'failed'],
  [555, 'notPlaced:serverError', 'failed'],
  [580, 'notPlaced:serverError', 'failed'],
  [600, 'busy', 'busy'],
  [603, 'rejected', 'rejected'],
  [604, 'invalidNumber', 'invalidNumber'],
  [606, 'failed', 'failed'],
  [607, 'rejected', 'rejected'],
  [608, 'failed', 'failed'],
];

const shown = (r: { outcome: string; notPlaced?: string }) => (r.notPlaced ? `${r.outcome}:${r.notPlaced}` : r.outcome);

describe('SIP final responses', () => {
  it.each(sip)('%i: before the call reached the network → %s, after → %s', (code, before, after) => {
    expect(shown(classifySipFailure(code, undefined, false))).toBe(before);
    expect(shown(classifySipFailure(code, undefined, true))).toBe(after);
  });

  it('a 503 from the proxy is never called a rejection, and is no attempt', () => {
    const { outcome } = classifySipFailure(503, undefined, false);
    expect(outcome).not.toBe('rejected');
    expect(countsAsAttempt(outcome)).toBe(false);
  });

  it('a Q.850 cause about the callee wins over the code and means the network was reached', () => {
    expect(shown(classifySipFailure(503, 17, false))).toBe('busy');
    expect(shown(classifySipFailure(480, 20, false))).toBe('unreachable');
    expect(shown(classifySipFailure(403, 1, false))).toBe('invalidNumber');
    // a congestion cause came from the network: the call got there, and failed there
    expect(shown(classifySipFailure(503, 34, false))).toBe('failed');
    // normal clearing says nothing; the code decides
    expect(shown(classifySipFailure(503, 16, false))).toBe('notPlaced:serverError');
  });

  it.each([100, 180, 199, 700, 486.5, Number.NaN])('refuses %s, which is not a final response', (code) => {
    expect(() => classifySipFailure(code, undefined, false)).toThrow(RangeError);
  });
});

describe('SIP attempts without a final response', () => {
  it.each([
    ['transport down, nothing came back', { answered: false, ended: 'failed' as const }, 'notPlaced:serverUnreachable'],
    ['failed after ringing', { answered: false, ended: 'failed' as const, reachedNetwork: true }, 'failed'],
    ['our CANCEL before any answer', { answered: false, ended: 'cancelled' as const }, 'cancelled'],
    ['answered', { answered: true, ended: 'other' as const }, 'answered'],
    ['503 before ringing', { answered: false, ended: 'other' as const, statusCode: 503 }, 'notPlaced:serverError'],
    ['503 after ringing', { answered: false, ended: 'other' as const, statusCode: 503, reachedNetwork: true }, 'failed'],
    ['486 with a busy cause', { answered: false, ended: 'other' as const, statusCode: 486, reasonHeader: 'Q.850;cause=17' }, 'busy'],
  ])('%s → %s', (_name, attempt, expected) => {
    expect(shown(outcomeFromSipAttempt(attempt))).toBe(expected);
  });
});

describe('Q.850 / 24.008 causes', () => {
  const causes = Array.from({ length: 128 }, (_, i) => i);
  it.each(causes)('cause %i maps to a placed outcome or to none', (cause) => {
    const outcome = outcomeFromQ850(cause);
    // a cause is what the network said: the call reached it, so it always counts when it classifies
    if (outcome !== undefined) expect(countsAsAttempt(outcome)).toBe(true);
  });
  it.each([
    [1, 'invalidNumber'], [3, 'invalidNumber'], [16, undefined], [17, 'busy'], [18, 'noAnswer'], [19, 'noAnswer'], [20, 'unreachable'],
    [21, 'rejected'], [22, 'invalidNumber'], [27, 'unreachable'], [28, 'invalidNumber'], [31, undefined], [34, 'failed'], [38, 'failed'],
    [41, 'failed'], [42, 'failed'], [127, undefined],
  ])('cause %i → %s', (cause, outcome) => {
    expect(outcomeFromQ850(cause)).toBe(outcome);
  });
});

describe('AT results of a gateway dial', () => {
  it.each([
    ['BUSY', 'busy'],
    ['NO ANSWER', 'noAnswer'],
    ['NO CARRIER', 'failed'],
    ['NO DIALTONE', 'notPlaced:noDialTone'],
    ['NO DIAL TONE', 'notPlaced:noDialTone'],
    ['no dialtone', 'notPlaced:noDialTone'],
    ['LOCAL_HANGUP', 'cancelled'],
    ['REJECTED', 'rejected'],
    ['device lost', 'failed'],
  ])('ATD → %s → %s', (cause, expected) => {
    expect(shown(classifyGatewayHangup({ cause, answered: false }))).toBe(expected);
  });
  it('a modem that answers ATD with ERROR never placed the call', () => {
    expect(shown(MODEM_REFUSED)).toBe('notPlaced:modemRefused');
  });
  it('an answered call is answered whatever the text', () => {
    expect(shown(classifyGatewayHangup({ cause: 'NO DIALTONE', answered: true }))).toBe('answered');
  });
});

describe('attempts', () => {
  it.each(DialOutcome.options)('%s counts as an attempt unless it was never placed', (outcome) => {
    expect(countsAsAttempt(outcome)).toBe(outcome !== 'notPlaced');
  });
  it('every not-placed reason is reachable from some classification', () => {
    const seen = new Set<string>();
    for (const [code] of sip) for (const net of [false, true]) seen.add(classifySipFailure(code, undefined, net).notPlaced ?? '');
    seen.add(outcomeFromSipAttempt({ answered: false, ended: 'failed' }).notPlaced ?? '');
    seen.add(classifyGatewayHangup({ cause: 'NO DIALTONE' }).notPlaced ?? '');
    seen.add(MODEM_REFUSED.notPlaced);
    // the rest are decided before a dial leaves the desk (no line, registration lost, device gone)
    expect(NotPlacedReason.options.filter((r) => !seen.has(r))).toEqual(['noLine', 'notRegistered', 'deviceLost']);
  });
});
