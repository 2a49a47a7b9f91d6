import { describe, expect, it } from 'vitest';
import { checkBeforeDial, checkOnImport, type DncLookup, type NumberToCheck } from '../../../../common/compliance/compliance-engine';
import { CompliancePolicy } from '../../../../common/compliance/compliance-policy';
import { ComplianceVerdict } from '../../../../common/compliance/verdict';
import { HOUR, beijing } from './time';

const MOBILE = '+8613800138000';
const ON_DNC = '+8613900139000';
const NOW = beijing('2024-03-04', '10:00');
const policy = CompliancePolicy.parse({});
const dnc: DncLookup = (e164) => (e164 === ON_DNC ? 'complaint' : null);
const fresh = (e164: string): NumberToCheck => ({ e164, history: [] });

describe('checkBeforeDial', () => {
  const table: Array<[string, NumberToCheck, number, unknown]> = [
    ['fresh mobile in office hours', fresh(MOBILE), NOW, { status: 'allowed' }],
    ['not E.164', fresh('13800138000'), NOW, { rule: 'invalidNumber', retryAt: null }],
    ['E.164-shaped but no such number', fresh('+99912345678'), NOW, { rule: 'invalidNumber', retryAt: null }],
    ['on the DNC list', fresh(ON_DNC), NOW, { rule: 'dnc', reasonKey: 'compliance.dnc', detail: { dncReason: 'complaint' }, retryAt: null }],
    [
      'refused earlier, whatever happened since',
      { e164: MOBILE, history: [{ at: NOW - 90 * 24 * HOUR, refused: true }, { at: NOW - 24 * HOUR, refused: false }] },
      NOW,
      { rule: 'refused', detail: { refusedAt: NOW - 90 * 24 * HOUR }, retryAt: null },
    ],
    ['outside calling hours', fresh(MOBILE), beijing('2024-03-04', '22:00'), { rule: 'callingHours', retryAt: beijing('2024-03-05', '09:00') }],
    [
      'too often today',
      { e164: MOBILE, history: [{ at: NOW - HOUR, refused: false }, { at: NOW - 2 * HOUR, refused: false }] },
      NOW,
      { rule: 'frequencyCap', retryAt: NOW - 2 * HOUR + 24 * HOUR },
    ],
    ['DNC beats calling hours (the permanent reason is shown)', fresh(ON_DNC), beijing('2024-03-04', '22:00'), { rule: 'dnc' }],
    [
      'calling hours beat the frequency cap',
      { e164: MOBILE, history: [{ at: NOW - HOUR, refused: false }, { at: NOW - 2 * HOUR, refused: false }] },
      beijing('2024-03-04', '23:00'),
      { rule: 'callingHours' },
    ],
  ];
  it.each(table)('%s', (_name, number, now, expected) => {
    const verdict = checkBeforeDial(number, now, policy, dnc);
    expect(verdict).toMatchObject(expected as object);
    expect(ComplianceVerdict.parse(verdict)).toEqual(verdict); // what crosses IPC is valid
  });
});

describe('checkOnImport', () => {
  it.each([
    ['fresh number at night (hours do not matter on import)', fresh(MOBILE), 'allowed'],
    ['DNC', fresh(ON_DNC), 'blocked'],
    ['refused before', { e164: MOBILE, history: [{ at: 1, refused: true }] }, 'blocked'],
    ['called often (caps do not matter on import)', { e164: MOBILE, history: [1, 2, 3].map((at) => ({ at, refused: false })) }, 'allowed'],
  ] as const)('%s → %s', (_name, number, status) => {
    expect(checkOnImport(number, dnc).status).toBe(status);
  });
});

describe('CompliancePolicy', () => {
  it('fills China defaults', () => {
    expect(policy.fallbackTimeZones).toEqual(['Asia/Shanghai']);
    expect(policy.frequencyCaps).toEqual([
      { maxCalls: 2, windowHours: 24 },
      { maxCalls: 5, windowHours: 168 },
    ]);
  });
  it('rejects an unknown time zone by name', () => {
    const result = CompliancePolicy.safeParse({ fallbackTimeZones: ['Mars/Olympus'] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['fallbackTimeZones', 0], message: '@timeZone' });
  });
});
