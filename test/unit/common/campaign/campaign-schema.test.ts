import { describe, expect, it } from 'vitest';
import { Campaign } from '../../../../common/campaign/campaign-schema';
import { dispositionForHotkey } from '../../../../common/campaign/dispositions';
import { sampleCampaign } from './fixtures';

describe('Campaign schema', () => {
  it('fills defaults: recycling, compliance, 30 s wrap-up, agent-only callbacks', () => {
    const campaign = sampleCampaign();
    expect(campaign.pacing.recycling.busy).toEqual({ kind: 'after', delayMinutes: 10, maxRetries: 3 });
    expect(campaign.pacing.recycling.rejected).toEqual({ kind: 'never' });
    expect(campaign.wrapUpSeconds).toBe(30);
    expect(campaign.callbackScope).toBe('agentOnly');
    expect(campaign.maskNumbers).toBe(false);
    expect(campaign.line).toEqual({ kind: 'sip', accountId: null });
    expect(campaign.compliance.frequencyCaps).toHaveLength(2);
  });

  const base = sampleCampaign();
  const bad: Array<[string, unknown, RegExp]> = [
    ['duplicate hotkey', { ...base, dispositions: [...base.dispositions, { code: 'X', label: 'X', hotkey: 1, effect: 'retry' }] }, /hotkey 1 is assigned twice/],
    ['duplicate code', { ...base, dispositions: [...base.dispositions, { code: 'SALE', label: 'Again', hotkey: null, effect: 'retry' }] }, /@dispositionTwice/],
    ['hotkey 0', { ...base, dispositions: [{ code: 'X', label: 'X', hotkey: 0, effect: 'retry' }], defaultDisposition: 'X' }, /too_small|>=1/],
    ['unknown default disposition', { ...base, defaultDisposition: 'NOPE' }, /@defaultDisposition/],
    ['no list', { ...base, listIds: [] }, /too_small|>=1/],
    ['unknown mode', { ...base, mode: 'predictive' }, /preview|power/],
    ['retry outcome that does not exist', { ...base, pacing: { ...base.pacing, recycling: { hungUp: { kind: 'never' } } } }, /hungUp|unrecognized|invalid/i],
    ['retry delay of 0', { ...base, pacing: { ...base.pacing, recycling: { busy: { kind: 'after', delayMinutes: 0, maxRetries: 1 } } } }, /too_small|>=1/],
    ['bad campaign id', { ...base, id: 'spring 2024' }, /@campaignId/],
  ];
  it.each(bad)('rejects %s', (_name, input, message) => {
    const result = Campaign.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  it('round-trips through JSON (it crosses IPC and is stored)', () => {
    expect(Campaign.parse(JSON.parse(JSON.stringify(base)))).toEqual(base);
  });
});

describe('dispositionForHotkey', () => {
  const { dispositions } = sampleCampaign();
  it.each([
    ['1', 'SALE'],
    ['3', 'DNC'],
    ['4', undefined],
    ['0', undefined],
    ['12', undefined],
    ['a', undefined],
  ])('key %s → %s', (key, code) => {
    expect(dispositionForHotkey(dispositions, key)?.code).toBe(code);
  });
});
