// The agent corrects the automatic outcome at disposition time: the attempt (which drives recycling)
// and the call-log row follow the correction; without one, the detected outcome stays.
import { afterEach, describe, expect, it } from 'vitest';
import { campaignDesk, campaignInput, type CampaignDesk } from './campaign-env';

let desk: CampaignDesk;
afterEach(() => desk.cleanup());

describe('correcting the detected outcome', () => {
  it.each([
    ['a correction replaces the detected outcome', 'voicemail', 'voicemail', 'voicemail'],
    ['no correction keeps what was detected', null, 'busy', 'busy'],
  ] as const)('%s', async (_name, correction, attemptOutcome, logOutcome) => {
    desk = await campaignDesk();
    await desk.call('campaign:save', { campaign: campaignInput() });
    await desk.call('campaign:start', { campaignId: 'spring' });
    await desk.call('agent:transition', { event: { type: 'goReady' } });
    const offer = await desk.call('campaign:nextLead', { campaignId: 'spring' });
    if (offer.kind !== 'lead') throw new Error('expected a lead');
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const callLogId = Number(
      desk.db.prepare("INSERT INTO call_log(contact_id, line, direction, number, started_at, outcome, campaign_id) VALUES (?, 'sip:a', 'outbound', '+8613800138001', 1, 'busy', 'spring')").run(offer.contactId).lastInsertRowid,
    );
    const { attemptId } = await desk.call('campaign:attemptResult', {
      campaignId: 'spring', contactId: offer.contactId, phoneIndex: offer.phoneIndex, outcome: 'busy', startedAt: desk.clock.now(), callLogId,
    });
    await desk.call('campaign:dispose', { attemptId: attemptId!, code: 'RETRY', callback: null, outcome: correction });
    expect(desk.db.prepare('SELECT outcome FROM campaign_attempts WHERE id = ?').pluck().get(attemptId)).toBe(attemptOutcome);
    expect(desk.db.prepare('SELECT outcome FROM call_log WHERE id = ?').pluck().get(callLogId)).toBe(logOutcome);
  });

  it('refuses an outcome that does not exist before touching anything (the contract rejects it)', async () => {
    desk = await campaignDesk();
    await expect(desk.call('campaign:dispose', { attemptId: 1, code: 'RETRY', callback: null, outcome: 'maybe' as never })).rejects.toThrow(/outcome/);
  });
});
