// @vitest-environment jsdom
// A step passes only on proof: a step the installer skipped ("not used on this desk") says skipped, never
// 正常, and an untried proof keeps the step open.
import { describe, expect, it } from 'vitest';
import { stepOutcome, type ProofId, type ProofResult } from '../../../../../../../renderer/src/features/setup/parts/wizard-store';

const results = (entries: Array<[ProofId, ProofResult['outcome']]>) => Object.fromEntries(entries.map(([p, outcome]) => [p, { outcome }]));

describe('stepOutcome', () => {
  it.each([
    ['nothing tried', [], 'untested'],
    ['all proven', [['gateway.lines', 'pass'], ['gateway.call', 'pass']], 'pass'],
    ['all skipped', [['gateway.lines', 'skipped'], ['gateway.call', 'skipped']], 'skipped'],
    ['one proven, one skipped', [['gateway.lines', 'pass'], ['gateway.call', 'skipped']], 'pass'],
    ['one proven, one untried', [['gateway.lines', 'pass']], 'untested'],
    ['one failed', [['gateway.lines', 'skipped'], ['gateway.call', 'fail']], 'fail'],
  ] as Array<[string, Array<[ProofId, ProofResult['outcome']]>, string]>)('%s → %s', (_name, entries, outcome) => {
    expect(stepOutcome(results(entries), 'gateway')).toBe(outcome);
  });
});
