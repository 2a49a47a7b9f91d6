import { describe, expect, it } from 'vitest';
import { outcomeFromSip, q850FromReasonHeader } from '../../../../common/outcome/sip-outcome';
import type { DialOutcome } from '../../../../common/outcome/dial-outcome';

describe('outcomeFromSip', () => {
  const table: Array<[number, DialOutcome]> = [
    [200, 'answered'],
    [202, 'answered'],
    [302, 'notPlaced'], // a redirect we do not follow: the call never left (issue 16)
    [401, 'notPlaced'], // our credentials, not the customer
    [403, 'failed'],
    [404, 'invalidNumber'],
    [407, 'notPlaced'],
    [408, 'noAnswer'],
    [410, 'invalidNumber'],
    [480, 'noAnswer'],
    [484, 'invalidNumber'],
    [486, 'busy'],
    [487, 'cancelled'],
    [488, 'failed'],
    [500, 'failed'],
    [503, 'failed'],
    [504, 'failed'],
    [600, 'busy'],
    [603, 'rejected'],
    [604, 'invalidNumber'],
    [606, 'failed'],
  ];
  it.each(table)('%i → %s', (code, outcome) => {
    expect(outcomeFromSip(code)).toBe(outcome);
  });

  const withCause: Array<[number, number, DialOutcome]> = [
    [480, 17, 'busy'], // gateway says user busy behind a generic 480
    [480, 20, 'unreachable'], // subscriber absent (phone off)
    [404, 1, 'invalidNumber'],
    [503, 34, 'failed'],
    [486, 16, 'busy'], // normal clearing says nothing: the code stays
    [486, 999, 'busy'], // unknown cause: the code stays
    [200, 17, 'answered'], // an answer is an answer
  ];
  it.each(withCause)('%i with Q.850 cause %i → %s', (code, cause, outcome) => {
    expect(outcomeFromSip(code, cause)).toBe(outcome);
  });

  it.each([100, 180, 199, 700, 486.5, Number.NaN])('rejects %s, which is not a final response', (code) => {
    expect(() => outcomeFromSip(code)).toThrow(RangeError);
  });
});

describe('q850FromReasonHeader', () => {
  const table: Array<[string, number | undefined]> = [
    ['Q.850;cause=17;text="User busy"', 17],
    ['q.850 ; cause = 1', 1],
    ['SIP;cause=200;text="Call completed elsewhere"', undefined],
    ['SIP;cause=487, Q.850;cause=19', 19],
    ['', undefined],
  ];
  it.each(table)('%j → %s', (header, cause) => {
    expect(q850FromReasonHeader(header)).toBe(cause);
  });
});
