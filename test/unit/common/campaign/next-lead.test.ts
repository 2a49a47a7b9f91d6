import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectNextLead, type NextLead, type NextLeadInput } from '../../../../common/campaign/next-lead';
import { blocked } from '../../../../common/compliance/verdict';
import { HOME, MIN, MOBILE, attempt, callback, contact, pacing } from './fixtures';

const NOW = 1_000 * MIN;
const input = (patch: Partial<NextLeadInput>): NextLeadInput => ({ now: NOW, agentId: 'a1', pacing, candidates: [], callbacks: [], ...patch });

describe('selectNextLead', () => {
  const table: Array<[string, Partial<NextLeadInput>, Partial<NextLead> & Record<string, unknown>]> = [
    ['empty list', {}, { kind: 'none', skipped: {} }],
    ['fresh contact: its first number', { candidates: [contact(1, [HOME, MOBILE])] }, { kind: 'dial', contactId: 1, phoneKey: HOME, reason: 'fresh' }],
    [
      'fresh leads keep list order',
      { candidates: [contact(2, [MOBILE]), contact(1, [HOME])] },
      { kind: 'dial', contactId: 2, reason: 'fresh' },
    ],
    [
      'busy primary: the alternate number is tried at once',
      { candidates: [contact(1, [HOME, MOBILE], [attempt(HOME, NOW - MIN, 'busy')])] },
      { kind: 'dial', contactId: 1, phoneKey: MOBILE, reason: 'retry' },
    ],
    [
      'cancelled primary (not an alternate outcome): wait for its recycle, not the alternate',
      { candidates: [contact(1, [HOME, MOBILE], [attempt(HOME, NOW - MIN, 'cancelled')])] },
      { kind: 'wait', until: NOW + 59 * MIN, phoneKey: HOME, skipped: { notYetDue: 1 } },
    ],
    [
      'both numbers tried: the one due first',
      { candidates: [contact(1, [HOME, MOBILE], [attempt(HOME, NOW - 130 * MIN, 'noAnswer'), attempt(MOBILE, NOW - 5 * MIN, 'busy')])] },
      { kind: 'dial', phoneKey: HOME, reason: 'retry' },
    ],
    [
      'primary dead: the alternate',
      { candidates: [contact(1, [HOME, MOBILE], [attempt(HOME, NOW - MIN, 'rejected')])] },
      { kind: 'dial', phoneKey: MOBILE },
    ],
    [
      'all numbers dead',
      { candidates: [contact(1, [HOME], [attempt(HOME, 0, 'invalidNumber')])] },
      { kind: 'none', skipped: { numbersExhausted: 1 } },
    ],
    [
      'due retry before fresh lead',
      { candidates: [contact(1, [HOME]), contact(2, [MOBILE], [attempt(MOBILE, NOW - 11 * MIN, 'busy')])] },
      { kind: 'dial', contactId: 2, reason: 'retry' },
    ],
    [
      'due callback before everything',
      { candidates: [contact(1, [HOME]), contact(2, [MOBILE], [attempt(MOBILE, NOW - 11 * MIN, 'busy')]), contact(3, [MOBILE])], callbacks: [callback(9, 3, NOW - MIN)] },
      { kind: 'dial', contactId: 3, reason: 'callback', callbackId: 9 },
    ],
    [
      'callback ignores the attempt limit and recycle delay',
      { candidates: [contact(1, [MOBILE], Array.from({ length: 6 }, (_, i) => attempt(MOBILE, NOW - i * MIN, 'failed')))], callbacks: [callback(9, 1, NOW)] },
      { kind: 'dial', reason: 'callback' },
    ],
    [
      "someone else's agent-only callback hides the contact",
      { candidates: [contact(1, [MOBILE])], callbacks: [callback(9, 1, NOW - MIN, 'a2')] },
      { kind: 'none', skipped: { reservedForAnotherAgent: 1 } },
    ],
    [
      "someone else's anyone-callback is mine to make",
      { candidates: [contact(1, [MOBILE])], callbacks: [callback(9, 1, NOW - MIN, 'a2', 'anyone')] },
      { kind: 'dial', reason: 'callback', callbackId: 9 },
    ],
    [
      'callback not yet due: wait for it, do not dial the contact meanwhile',
      { candidates: [contact(1, [MOBILE])], callbacks: [callback(9, 1, NOW + 30 * MIN)] },
      { kind: 'wait', until: NOW + 30 * MIN, skipped: { callbackScheduled: 1 } },
    ],
    [
      'a done callback no longer counts',
      { candidates: [contact(1, [MOBILE])], callbacks: [{ ...callback(9, 1, NOW + 30 * MIN, 'a2'), doneAt: NOW - MIN }] },
      { kind: 'dial', reason: 'fresh' },
    ],
    ['refused contact', { candidates: [contact(1, [MOBILE], [attempt(MOBILE, 0, 'answered', 'refused')])] }, { kind: 'none', skipped: { refused: 1 } }],
    ['completed contact', { candidates: [contact(1, [MOBILE], [attempt(MOBILE, 0, 'answered', 'complete')])] }, { kind: 'none', skipped: { completed: 1 } }],
    [
      'attempt limit reached',
      { candidates: [contact(1, [HOME, MOBILE], Array.from({ length: 6 }, (_, i) => attempt(i % 2 ? HOME : MOBILE, i, 'noAnswer')))] },
      { kind: 'none', skipped: { maxAttempts: 1 } },
    ],
    ['claimed by another agent', { candidates: [contact(1, [MOBILE], [], 'a2')] }, { kind: 'none', skipped: { claimedByAnotherAgent: 1 } }],
    ['claimed by me (re-offer after a restart)', { candidates: [contact(1, [MOBILE], [], 'a1')] }, { kind: 'dial', contactId: 1 }],
    [
      'compliance block: next lead instead, and the reason is counted',
      { candidates: [contact(1, [HOME]), contact(2, [MOBILE])], check: (key) => (key === HOME ? blocked('dnc', {}) : { status: 'allowed' }) },
      { kind: 'dial', contactId: 2, skipped: { 'compliance.dnc': 1 } },
    ],
    [
      'passed-over contacts are counted on a dial too',
      { candidates: [contact(1, [MOBILE], [], 'a2'), contact(2, [HOME])] },
      { kind: 'dial', contactId: 2, skipped: { claimedByAnotherAgent: 1 } },
    ],
    [
      'everything blocked by calling hours: wait until they open',
      { candidates: [contact(1, [HOME])], check: () => blocked('callingHours', {}, NOW + 600 * MIN) },
      { kind: 'wait', until: NOW + 600 * MIN, contactId: 1, skipped: { 'compliance.callingHours': 1 } },
    ],
  ];
  it.each(table)('%s', (_name, patch, expected) => {
    expect(selectNextLead(input(patch))).toMatchObject(expected);
  });

  it('never offers a refused, completed, foreign-claimed or compliance-blocked contact', () => {
    const outcomes = ['busy', 'noAnswer', 'rejected', 'answered', 'failed'] as const;
    const effects = ['retry', 'refused', 'complete', 'badNumber', null] as const;
    const attemptArb = fc.record({
      phone: fc.constantFrom(HOME, MOBILE),
      minutesAgo: fc.integer({ min: 0, max: 2_000 }),
      outcome: fc.constantFrom(...outcomes),
      effect: fc.constantFrom(...effects),
    });
    const contactArb = fc.record({ attempts: fc.array(attemptArb, { maxLength: 5 }), claimedBy: fc.constantFrom(null, 'a1', 'a2'), dnc: fc.boolean() });
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 8 }), (specs) => {
        const candidates = specs.map((spec, i) =>
          contact(i + 1, [HOME, MOBILE], spec.attempts.map((a) => attempt(a.phone, NOW - a.minutesAgo * MIN, a.outcome, a.effect)), spec.claimedBy),
        );
        const result = selectNextLead(input({ candidates, check: (_key, id) => (specs[id - 1]!.dnc ? blocked('dnc', {}) : { status: 'allowed' }) }));
        if (result.kind !== 'dial') return;
        const spec = specs[result.contactId - 1]!;
        expect(spec.dnc).toBe(false);
        expect(spec.claimedBy).not.toBe('a2');
        expect(spec.attempts.some((a) => a.effect === 'refused' || a.effect === 'complete')).toBe(false);
        expect(spec.attempts.length).toBeLessThan(pacing.maxAttemptsPerContact);
      }),
    );
  });
});
