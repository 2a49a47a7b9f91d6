import { describe, expect, it } from 'vitest';
import { decideAutomaticOutcome, type OutcomeEvidence } from '../../../../common/outcome/automatic-outcome';
import { resolveOutcome } from '../../../../common/outcome/agent-override';
import { hasRungTooLong, noAnswerDeadline } from '../../../../common/outcome/no-answer-timeout';
import { toCrmOutcome, DialOutcome } from '../../../../common/outcome/dial-outcome';
import { CallOutcome } from '../../../../common/crm/contact-schemas';

const base: OutcomeEvidence = { final: { outcome: 'cancelled', source: 'sip' }, endedAt: 100_000, noAnswerTimeoutSeconds: 30 };

describe('decideAutomaticOutcome', () => {
  const table: Array<[string, Partial<OutcomeEvidence>, string, string]> = [
    ['answer wins over an earlier tone', { final: { outcome: 'answered', source: 'sip' }, tone: 'busy' }, 'answered', 'sip'],
    ['busy tone then our CANCEL', { tone: 'busy' }, 'busy', 'tone'],
    ['SIT then generic 480', { final: { outcome: 'noAnswer', source: 'sip' }, tone: 'sit' }, 'invalidNumber', 'tone'],
    ['congestion tone on a gateway', { final: { outcome: 'failed', source: 'gateway' }, tone: 'congestion' }, 'failed', 'tone'],
    ['ringback says nothing about the end', { final: { outcome: 'busy', source: 'sip' }, tone: 'ringback' }, 'busy', 'sip'],
    ['cancelled after ringing past the timeout', { ringingStartedAt: 70_000 }, 'noAnswer', 'timeout'],
    ['cancelled exactly at the timeout', { ringingStartedAt: 70_000, endedAt: 100_000 }, 'noAnswer', 'timeout'],
    ['cancelled before the timeout: the agent gave up', { ringingStartedAt: 80_000 }, 'cancelled', 'sip'],
    ['cancelled without ever ringing', {}, 'cancelled', 'sip'],
    ['plain busy code', { final: { outcome: 'busy', source: 'gateway' } }, 'busy', 'gateway'],
  ];
  it.each(table)('%s', (_name, patch, outcome, source) => {
    expect(decideAutomaticOutcome({ ...base, ...patch })).toEqual({ outcome, source });
  });
});

describe('resolveOutcome: the agent can correct any outcome', () => {
  it('keeps the automatic outcome when the agent says nothing', () => {
    expect(resolveOutcome({ outcome: 'noAnswer', source: 'timeout' })).toEqual({
      automatic: 'noAnswer',
      automaticSource: 'timeout',
      override: null,
      final: 'noAnswer',
      decidedBy: 'automatic',
    });
    expect(resolveOutcome({ outcome: 'busy', source: 'sip' }, null).decidedBy).toBe('automatic');
  });

  it.each(DialOutcome.options)('an override to %s wins and both opinions are kept', (override) => {
    const decision = resolveOutcome({ outcome: 'answered', source: 'sip' }, override);
    expect(decision).toMatchObject({ automatic: 'answered', override, final: override, decidedBy: 'agent' });
  });

  it('rejects an unknown outcome with a message listing the valid ones', () => {
    expect(() => resolveOutcome({ outcome: 'busy', source: 'sip' }, 'hungUp')).toThrow(/Unknown call outcome 'hungUp'.*voicemail/);
  });
});

describe('no-answer timeout', () => {
  it.each([
    [0, 29_999, false],
    [0, 30_000, true],
    [5_000, 34_999, false],
    [5_000, 40_000, true],
  ])('ringing since %i, now %i, 30 s → %s', (start, now, expected) => {
    expect(hasRungTooLong(start, now, 30)).toBe(expected);
  });

  it.each([0, 4, 181, 30.5])('rejects a timeout of %s s', (seconds) => {
    expect(() => noAnswerDeadline(0, seconds)).toThrow();
  });
});

describe('toCrmOutcome', () => {
  it.each(DialOutcome.options)('%s maps to a valid CRM outcome', (outcome) => {
    expect(CallOutcome.options).toContain(toCrmOutcome(outcome));
  });
  it('maps the finer outcomes onto the coarser CRM ones', () => {
    expect(toCrmOutcome('invalidNumber')).toBe('failed');
    expect(toCrmOutcome('cancelled')).toBe('noAnswer');
    expect(toCrmOutcome('busy')).toBe('busy');
  });
});
