import { afterEach, describe, expect, it } from 'vitest';
import { logCall } from '../../../../../main/node/crm/repo/contact-edits';
import { LogCallRequest } from '../../../../../common/crm';
import { campaignDesk, campaignInput, MIN, THU_10AM, type CampaignDesk } from './campaign-env';

let desk: CampaignDesk;
afterEach(() => desk.cleanup());

const auditRows = () => desk.db.prepare('SELECT stage, number_masked AS numberMasked, verdict, rule, campaign_id AS campaignId FROM compliance_audit ORDER BY id').all();

describe('compliance:checkDial', () => {
  it('allows a clean manual dial and writes nothing to the trail', async () => {
    desk = await campaignDesk();
    expect(await desk.call('compliance:checkDial', { subject: { number: '139 0013 9000' } })).toEqual({ status: 'allowed' });
    expect(auditRows()).toEqual([]);
  });

  it('blocks a DNC number typed in any format, says why and audits it masked', async () => {
    desk = await campaignDesk();
    await desk.db.prepare("INSERT INTO dnc(phone_key, reason, source, created_at) VALUES ('+8613800138002', 'complaint', 'test', 0)").run();
    const verdict = await desk.call('compliance:checkDial', { subject: { number: '+86 138-0013-8002' } });
    expect(verdict).toMatchObject({ status: 'blocked', rule: 'dnc', reasonKey: 'compliance.dnc', detail: { dncReason: 'complaint' }, retryAt: null });
    // the stored number of a contact resolves the same way
    const byContact = await desk.call('compliance:checkDial', { subject: { contactId: desk.idOf('王芳'), phoneIndex: 0 } });
    expect(byContact).toMatchObject({ status: 'blocked', rule: 'dnc' });
    expect(auditRows()).toEqual([
      { stage: 'dial', numberMasked: '138****8002', verdict: 'blocked', rule: 'dnc', campaignId: null },
      { stage: 'dial', numberMasked: '138****8002', verdict: 'blocked', rule: 'dnc', campaignId: null },
    ]);
  });

  it('blocks what is not a phone number', async () => {
    desk = await campaignDesk();
    expect(await desk.call('compliance:checkDial', { subject: { number: 'abc' } })).toMatchObject({ status: 'blocked', rule: 'invalidNumber' });
    expect(auditRows()).toHaveLength(1);
  });

  it('resolves contact + phoneIndex to the second number (landline) and fails clearly past the last one', async () => {
    desk = await campaignDesk();
    await desk.db.prepare("INSERT INTO dnc(phone_key, reason, source, created_at) VALUES ('+861062345001', 'regulator', 'test', 0)").run();
    const zhang = desk.idOf('张伟');
    expect(await desk.call('compliance:checkDial', { subject: { contactId: zhang, phoneIndex: 0 } })).toEqual({ status: 'allowed' });
    expect(await desk.call('compliance:checkDial', { subject: { contactId: zhang, phoneIndex: 1 } })).toMatchObject({ rule: 'dnc' });
    expect(await desk.failure('compliance:checkDial', { subject: { contactId: zhang, phoneIndex: 2 } })).toBe('NOT_FOUND');
    expect(await desk.failure('compliance:checkDial', { subject: { contactId: 1, phoneIndex: 0 }, campaignId: 'nope' })).toBe('NOT_FOUND');
  });

  it('applies the campaign hours in the callee zone and its frequency caps; manual dials skip both', async () => {
    desk = await campaignDesk();
    await desk.call('campaign:save', {
      campaign: campaignInput({
        compliance: {
          callingHours: { windows: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }] },
          frequencyCaps: [{ maxCalls: 2, windowHours: 24 }],
        },
      }),
    });
    const number = { number: '13800138001' };
    expect(await desk.call('compliance:checkDial', { subject: number, campaignId: 'spring' })).toEqual({ status: 'allowed' });
    for (const at of [THU_10AM - 60 * MIN, THU_10AM - 30 * MIN]) {
      logCall(desk.db, LogCallRequest.parse({ line: 'sip', direction: 'outbound', number: '138 0013 8001', startedAt: at, outcome: 'noAnswer' }));
    }
    // an inbound call from the customer does not count against the cap
    logCall(desk.db, LogCallRequest.parse({ line: 'sip', direction: 'inbound', number: '13800138001', startedAt: THU_10AM - 5 * MIN }));
    const capped = await desk.call('compliance:checkDial', { subject: number, campaignId: 'spring' });
    expect(capped).toMatchObject({ status: 'blocked', rule: 'frequencyCap', detail: { calls: 2, maxCalls: 2, windowHours: 24 }, retryAt: THU_10AM - 60 * MIN + 24 * 60 * MIN });
    expect(await desk.call('compliance:checkDial', { subject: number })).toEqual({ status: 'allowed' });

    desk.clock.advance(9 * 60 * MIN); // 19:00 Shanghai
    const late = await desk.call('compliance:checkDial', { subject: { number: '13900139000' }, campaignId: 'spring' });
    expect(late).toMatchObject({ status: 'blocked', rule: 'callingHours', detail: { zone: 'Asia/Shanghai', localTime: '19:00' }, retryAt: Date.UTC(2026, 2, 6, 1, 0) });
    expect(auditRows().map((r) => (r as { rule: string }).rule)).toEqual(['frequencyCap', 'callingHours']);
  });
});
