import { describe, expect, it } from 'vitest';
import { numberStatus, type NumberStatus } from '../../../../common/campaign/number-schedule';
import { DEFAULT_RECYCLING } from '../../../../common/campaign/recycling';
import { MIN, MOBILE, attempt } from './fixtures';
import type { Attempt } from '../../../../common/campaign/lead-records';

describe('numberStatus (default recycling: busy 10 min ×3, noAnswer 2 h ×3, rejected never)', () => {
  const busyAt = (...minutes: number[]): Attempt[] => minutes.map((m) => attempt(MOBILE, m * MIN, 'busy'));
  const table: Array<[string, Attempt[], NumberStatus]> = [
    ['never dialled', [], { kind: 'fresh' }],
    ['busy once: retry in 10 min', busyAt(0), { kind: 'due', at: 10 * MIN }],
    ['busy 3 times: one retry left', busyAt(0, 10, 20), { kind: 'due', at: 30 * MIN }],
    ['busy 4 times: exhausted', busyAt(0, 10, 20, 30), { kind: 'dead', why: 'retriesExhausted' }],
    ['no answer: 2 h', [attempt(MOBILE, 0, 'noAnswer')], { kind: 'due', at: 120 * MIN }],
    ['rejected: never', [attempt(MOBILE, 0, 'rejected')], { kind: 'dead', why: 'neverRetry' }],
    ['invalid number: never', [attempt(MOBILE, 0, 'invalidNumber')], { kind: 'dead', why: 'neverRetry' }],
    ['answered without a rule: never', [attempt(MOBILE, 0, 'answered')], { kind: 'dead', why: 'neverRetry' }],
    ['agent marked it a bad number', [attempt(MOBILE, 0, 'answered', 'badNumber'), attempt(MOBILE, MIN, 'busy')], { kind: 'dead', why: 'badNumber' }],
    ['latest attempt decides, whatever the input order', [attempt(MOBILE, 60 * MIN, 'busy'), attempt(MOBILE, 0, 'noAnswer')], { kind: 'due', at: 70 * MIN }],
  ];
  it.each(table)('%s', (_name, attempts, expected) => {
    expect(numberStatus(attempts, DEFAULT_RECYCLING)).toEqual(expected);
  });
});
