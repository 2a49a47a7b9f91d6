import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditRecord } from '../../../../common/compliance/audit-record';
import { expiredRecords } from '../../../../common/compliance/retention';
import { blocked } from '../../../../common/compliance/verdict';
import { DAY } from './time';

describe('auditRecord', () => {
  const context = { at: 1_000, agentId: 'agent-7', campaignId: 'spring', stage: 'dial' as const, e164: '+8613800138000' };

  it('records a block with its rule and a masked number', () => {
    expect(auditRecord(context, blocked('dnc', { dncReason: 'refused' }))).toEqual({
      at: 1_000,
      agentId: 'agent-7',
      campaignId: 'spring',
      stage: 'dial',
      numberMasked: '138****8000',
      verdict: 'blocked',
      rule: 'dnc',
      reasonKey: 'compliance.dnc',
    });
  });

  it('records an allowed dial without a rule', () => {
    expect(auditRecord({ ...context, stage: 'import', campaignId: null }, { status: 'allowed' })).toMatchObject({
      verdict: 'allowed',
      rule: null,
      reasonKey: null,
      campaignId: null,
    });
  });

  it('never stores the full number', () => {
    expect(JSON.stringify(auditRecord(context, { status: 'allowed' }))).not.toContain('13800138000');
  });

  it('rejects a record without an agent', () => {
    expect(() => auditRecord({ ...context, agentId: '' }, { status: 'allowed' })).toThrow();
  });
});

describe('expiredRecords', () => {
  const now = 1_000 * DAY;
  it.each([
    ['older than retention', now - 31 * DAY, 30, true],
    ['exactly at the cutoff is kept', now - 30 * DAY, 30, false],
    ['recent', now - DAY, 30, false],
    ['older than a year', now - 400 * DAY, 365, true],
  ])('%s', (_name, at, days, expired) => {
    expect(expiredRecords([{ id: 1, at }], days, now).length === 1).toBe(expired);
  });

  it.each([29, 0, -1, 3651, 30.5])('refuses a retention of %s days (legal floor 30)', (days) => {
    expect(() => expiredRecords([], days, now)).toThrow();
  });

  it('splits records by the cutoff and keeps input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 * DAY })), fc.integer({ min: 30, max: 3650 }), (times, days) => {
        const records = times.map((at, id) => ({ id, at }));
        const expired = expiredRecords(records, days, now);
        expect(expired).toEqual(records.filter((r) => now - r.at > days * DAY));
      }),
    );
  });
});
