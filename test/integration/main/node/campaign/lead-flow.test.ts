import { afterEach, describe, expect, it } from 'vitest';
import { campaignDesk, campaignInput, MIN, THU_10AM, type CampaignDesk } from './campaign-env';
import type { LeadClaims } from '../../../../../main/node/campaign/campaign-claims';
import { listDnc } from '../../../../../main/node/crm/repo/dnc-list';

let desk: CampaignDesk;
afterEach(() => desk.cleanup());

async function startReady(overrides = {}) {
  await desk.call('campaign:save', { campaign: campaignInput(overrides) });
  await desk.call('campaign:start', { campaignId: 'spring' });
  return desk.call('agent:transition', { event: { type: 'goReady' } });
}

async function lead() {
  const next = await desk.call('campaign:nextLead', { campaignId: 'spring' });
  if (next.kind !== 'lead') throw new Error(`expected a lead, got ${JSON.stringify(next)}`);
  return next;
}

/** Dial → call ends with `outcome` → dispose with `code`. */
async function callAndDispose(outcome: 'answered' | 'busy' | 'noAnswer' | 'invalidNumber', code: string, callback: { dueAt: number; scope: 'agentOnly' | 'anyone' } | null = null) {
  const offer = await lead();
  await desk.call('agent:transition', { event: { type: 'dial' } });
  const { attemptId, status } = await desk.call('campaign:attemptResult', {
    campaignId: 'spring', contactId: offer.contactId, phoneIndex: offer.phoneIndex, outcome, startedAt: desk.clock.now(), callLogId: null,
  });
  expect(status.snapshot.state).toBe('wrapUp');
  const disposed = await desk.call('campaign:dispose', { attemptId: attemptId!, code, callback });
  return { offer, disposed };
}

describe('campaign lead flow through the handlers', () => {
  it('a dial that never reached the network is no attempt: no wrap-up, the lead goes back, the agent stops', async () => {
    desk = await campaignDesk();
    await startReady();
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const result = await desk.call('campaign:attemptResult', {
      campaignId: 'spring', contactId: offer.contactId, phoneIndex: offer.phoneIndex, outcome: 'notPlaced', startedAt: desk.clock.now(), callLogId: null,
    });
    expect(result.attemptId).toBeNull();
    expect(result.status.snapshot).toMatchObject({ state: 'notReady', notReadyReason: 'lineProblem' });
    expect(desk.db.prepare('SELECT count(*) FROM campaign_attempts').pluck().get()).toBe(0);
    expect(desk.db.prepare('SELECT claimed_by, skipped_by FROM campaign_leads WHERE contact_id = ?').get(offer.contactId)).toEqual({ claimed_by: null, skipped_by: null });
    // back at the line, the same customer is offered first again: nothing counted against them
    await desk.call('agent:transition', { event: { type: 'goReady' } });
    expect((await lead()).contactId).toBe(offer.contactId);
    // a placed call still counts and goes to wrap-up
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const placed = await desk.call('campaign:attemptResult', {
      campaignId: 'spring', contactId: offer.contactId, phoneIndex: offer.phoneIndex, outcome: 'busy', startedAt: desk.clock.now(), callLogId: null,
    });
    expect(placed.attemptId).toBeGreaterThan(0);
    expect(placed.status.snapshot.state).toBe('wrapUp');
  });


  it('offers leads in list order, claims them, and a skipped lead is not offered again soon', async () => {
    desk = await campaignDesk();
    const ready = await startReady();
    expect(ready.snapshot.state).toBe('ready');
    const first = await lead();
    expect(first).toMatchObject({ name: '张伟', company: '星光科技', reason: 'fresh', phoneIndex: 0, masked: false });
    expect(first.numbers.map((n) => n.display)).toEqual(['+8613800138001', '+861062345001']);
    expect(desk.db.prepare('SELECT claimed_by FROM campaign_leads WHERE contact_id = ?').pluck().get(first.contactId)).toBe('local-agent');
    const skipped = await desk.call('campaign:skip', { campaignId: 'spring', contactId: first.contactId });
    expect(skipped.snapshot.state).toBe('ready');
    expect((await lead()).name).toBe('王芳');
  });

  it('ending the session logs out and gives the held lead back; a busy agent cannot end it', async () => {
    desk = await campaignDesk();
    await startReady();
    const offer = await lead();
    const stopped = await desk.call('campaign:stop', {});
    expect(stopped).toMatchObject({ campaignId: null, snapshot: { state: 'loggedOut' } });
    expect(desk.db.prepare('SELECT claimed_by FROM campaign_leads WHERE contact_id = ?').pluck().get(offer.contactId)).toBeNull();
    await startReady();
    await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    expect(await desk.failure('campaign:stop', {})).toBe('REFUSED');
    expect(await desk.failure('campaign:nextLead', { campaignId: 'spring' })).toBe('REFUSED');
  });

  it('puts the imported columns and notes on the lead card, masked like the numbers when the campaign masks', async () => {
    const csv = ['姓名,手机,产品,紧急联系人,备注', '张伟,13800138001,宽带续约,妻子 139 0013 9000,上次说下月再联系'].join('\n');
    desk = await campaignDesk({ csv });
    await startReady();
    const plain = await lead();
    expect(plain.extra).toEqual([['产品', '宽带续约'], ['紧急联系人', '妻子 139 0013 9000']]);
    expect(plain.notes).toEqual(['上次说下月再联系']);
    await desk.call('campaign:skip', { campaignId: 'spring', contactId: plain.contactId });
    await desk.call('campaign:stop', {});
    await desk.call('campaign:save', { campaign: campaignInput({ maskNumbers: true }) });
    await desk.call('campaign:start', { campaignId: 'spring' });
    await desk.call('agent:transition', { event: { type: 'goReady' } });
    desk.clock.advance(60 * MIN); // past the skip
    const masked = await lead();
    expect(masked.extra).toEqual([['产品', '宽带续约'], ['紧急联系人', '妻子 139****9000']]);
    expect(JSON.stringify(masked)).not.toContain('13900139000');
  });

  it('masks numbers on the card when the campaign masks', async () => {
    desk = await campaignDesk();
    await startReady({ maskNumbers: true });
    const offer = await lead();
    expect(offer.numbers.map((n) => n.display)).toEqual(['138****8001', '010****5001']);
    expect(JSON.stringify(offer)).not.toContain('13800138001');
  });

  it('a refused disposition puts the number on DNC: never offered, never dialled again', async () => {
    desk = await campaignDesk();
    await startReady();
    const { offer, disposed } = await callAndDispose('answered', 'REFUSED');
    expect(disposed).toMatchObject({ effect: 'refused', dncAdded: true, status: { snapshot: { state: 'ready' } } });
    expect(desk.db.prepare('SELECT reason FROM dnc WHERE phone_key = ?').pluck().get('+8613800138001')).toBe('refused');
    expect(await desk.call('compliance:checkDial', { subject: { contactId: offer.contactId, phoneIndex: 0 } })).toMatchObject({ rule: 'dnc' });
    // the contact's other number is not offered either: the contact said never again
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const next = await lead();
      names.push(next.name);
      await desk.call('campaign:skip', { campaignId: 'spring', contactId: next.contactId });
    }
    expect(names).toEqual(['王芳', '李娜']);
    expect(await desk.call('campaign:nextLead', { campaignId: 'spring' })).toMatchObject({ kind: 'none', skipped: { refused: 1 } });
  });

  it('in wrap-up the agent puts the number on DNC whatever the disposition: by the attempt, as the campaign\u2019s', async () => {
    desk = await campaignDesk();
    await startReady();
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const { attemptId } = await desk.call('campaign:attemptResult', {
      campaignId: 'spring', contactId: offer.contactId, phoneIndex: 0, outcome: 'answered', startedAt: desk.clock.now(), callLogId: null,
    });
    expect(await desk.call('campaign:dncAdd', { attemptId: attemptId! })).toEqual({ dncAdded: true });
    expect(desk.db.prepare('SELECT reason, source, note FROM dnc WHERE phone_key = ?').get('+8613800138001')).toEqual({
      reason: 'refused', source: 'campaign:spring', note: expect.stringMatching(/^agent \S+$/),
    });
    // still in wrap-up: the disposition is the agent's to choose, and a retry does not lift the entry
    expect((await desk.call('agent:status', {})).snapshot.state).toBe('wrapUp');
    expect(await desk.call('campaign:dispose', { attemptId: attemptId!, code: 'RETRY' })).toMatchObject({ effect: 'retry', dncAdded: false });
    expect(await desk.call('compliance:checkDial', { subject: { contactId: offer.contactId, phoneIndex: 0 } })).toMatchObject({ rule: 'dnc' });
    // only the call in wrap-up, and only while it is
    expect(await desk.failure('campaign:dncAdd', { attemptId: attemptId! })).toBe('REFUSED');
  });

  it('adds a masked campaign\u2019s number without the page or the DNC panel ever seeing it', async () => {
    desk = await campaignDesk();
    await startReady({ maskNumbers: true });
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const { attemptId } = await desk.call('campaign:attemptResult', {
      campaignId: 'spring', contactId: offer.contactId, phoneIndex: 0, outcome: 'answered', startedAt: desk.clock.now(), callLogId: null,
    });
    const answer = await desk.call('campaign:dncAdd', { attemptId: attemptId! });
    expect(JSON.stringify(answer)).not.toMatch(/\d/);
    expect(desk.db.prepare('SELECT count(*) FROM dnc WHERE phone_key = ?').pluck().get('+8613800138001')).toBe(1);
    expect(listDnc(desk.db, '', 100)).toEqual([]); // hidden: a masked customer's, put there by a masking campaign
  });

  it('recycles per outcome: busy → alternate number at once, then the first number again after 10 min', async () => {
    desk = await campaignDesk();
    await startReady();
    const { offer } = await callAndDispose('busy', 'RETRY');
    const alt = await lead();
    expect(alt).toMatchObject({ contactId: offer.contactId, phoneIndex: 1, reason: 'retry' });
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const { attemptId } = await desk.call('campaign:attemptResult', { campaignId: 'spring', contactId: alt.contactId, phoneIndex: 1, outcome: 'invalidNumber', startedAt: desk.clock.now(), callLogId: null });
    await desk.call('campaign:dispose', { attemptId: attemptId!, code: 'BAD' });
    // not yet due: fresh contacts come first
    expect((await lead()).name).toBe('王芳');
    await desk.call('campaign:skip', { campaignId: 'spring', contactId: desk.idOf('王芳') });
    await desk.call('campaign:skip', { campaignId: 'spring', contactId: (await lead()).contactId });
    const waiting = await desk.call('campaign:nextLead', { campaignId: 'spring' });
    expect(waiting).toMatchObject({ kind: 'wait', until: THU_10AM + 10 * MIN });
    desk.clock.advance(10 * MIN);
    expect(await lead()).toMatchObject({ contactId: offer.contactId, phoneIndex: 0, reason: 'retry' });
  });

  it('a callback disposition schedules an agent-only callback mirrored in follow-ups and offered first when due', async () => {
    desk = await campaignDesk();
    await startReady();
    const dueAt = THU_10AM + 30 * MIN;
    const { offer, disposed } = await callAndDispose('answered', 'CB', { dueAt, scope: 'agentOnly' });
    expect(disposed.callbackId).not.toBeNull();
    expect(desk.db.prepare('SELECT due_at FROM follow_ups WHERE contact_id = ? AND done_at IS NULL').pluck().all(offer.contactId)).toEqual([dueAt]);
    expect(await desk.call('campaign:callbacks', { campaignId: 'spring' })).toMatchObject([{ contactId: offer.contactId, dueAt, scope: 'agentOnly' }]);
    desk.clock.advance(31 * MIN);
    const due = await lead();
    expect(due).toMatchObject({ contactId: offer.contactId, reason: 'callback' });
    await desk.call('agent:transition', { event: { type: 'dial' } });
    await desk.call('campaign:attemptResult', { campaignId: 'spring', contactId: due.contactId, phoneIndex: due.phoneIndex, outcome: 'answered', startedAt: desk.clock.now(), callLogId: null });
    // dialling the callback keeps the promise: the callback and its follow-up are done
    expect(desk.db.prepare('SELECT count(*) FROM follow_ups WHERE contact_id = ? AND done_at IS NULL').pluck().get(offer.contactId)).toBe(0);
    expect(await desk.call('campaign:callbacks', { campaignId: 'spring' })).toEqual([]);
  });

  it('wrap-up runs out: the default disposition is applied and the agent is ready again', async () => {
    desk = await campaignDesk();
    await startReady({ wrapUpSeconds: 20 });
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const { attemptId } = await desk.call('campaign:attemptResult', { campaignId: 'spring', contactId: offer.contactId, phoneIndex: 0, outcome: 'noAnswer', startedAt: desk.clock.now(), callLogId: null });
    desk.clock.advance(19_000);
    // a reloaded page learns which attempt still needs its disposition
    expect(await desk.call('agent:status', {})).toMatchObject({ snapshot: { state: 'wrapUp' }, wrapUpAttemptId: attemptId });
    desk.clock.advance(1_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(await desk.call('agent:status', {})).toMatchObject({ snapshot: { state: 'ready' }, wrapUpAttemptId: null });
    expect(desk.db.prepare('SELECT disposition_code FROM campaign_attempts WHERE id = ?').pluck().get(attemptId)).toBe('RETRY');
    expect(await desk.failure('campaign:dispose', { attemptId: attemptId!, code: 'SALE' })).toBe('REFUSED');
  });

  it('pause after this call ends wrap-up in not-ready, and the state log has every step', async () => {
    desk = await campaignDesk();
    await startReady();
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    await desk.call('agent:transition', { event: { type: 'answered' } });
    await desk.call('agent:transition', { event: { type: 'requestPause', reason: 'lunch' } });
    const { attemptId } = await desk.call('campaign:attemptResult', { campaignId: 'spring', contactId: offer.contactId, phoneIndex: 0, outcome: 'answered', startedAt: desk.clock.now(), callLogId: null });
    const done = await desk.call('campaign:dispose', { attemptId: attemptId!, code: 'SALE' });
    expect(done.status.snapshot).toMatchObject({ state: 'notReady', notReadyReason: 'lunch' });
    await new Promise((r) => setTimeout(r, 20));
    expect(desk.db.prepare('SELECT state FROM agent_state_log ORDER BY id').pluck().all()).toEqual(['notReady', 'ready', 'previewing', 'dialing', 'onCall', 'wrapUp', 'notReady']);
    expect(desk.events.filter((e) => e.channel === 'agent:state').length).toBeGreaterThan(5);
  });

  it('refuses bad input clearly and loses nothing', async () => {
    desk = await campaignDesk();
    expect(await desk.failure('campaign:save', { campaign: campaignInput({ listIds: ['99'] }) })).toBe('INVALID_INPUT');
    expect(await desk.failure('campaign:get', { id: 'spring' })).toBe('NOT_FOUND');
    await startReady();
    expect(await desk.failure('campaign:dispose', { attemptId: 999, code: 'SALE' })).toBe('REFUSED');
    expect(await desk.failure('agent:transition', { event: { type: 'answered' } })).toBe('REFUSED');
    const offer = await lead();
    await desk.call('agent:transition', { event: { type: 'dial' } });
    const { attemptId } = await desk.call('campaign:attemptResult', { campaignId: 'spring', contactId: offer.contactId, phoneIndex: 0, outcome: 'answered', startedAt: desk.clock.now(), callLogId: null });
    expect(await desk.failure('campaign:dispose', { attemptId: attemptId!, code: 'NOPE' })).toBe('INVALID_INPUT');
    // the attempt is still there, undisposed, and a valid code still works
    expect(desk.db.prepare('SELECT disposition_code FROM campaign_attempts WHERE id = ?').pluck().get(attemptId)).toBeNull();
    expect((await desk.call('campaign:dispose', { attemptId: attemptId!, code: 'SALE' })).effect).toBe('complete');
  });

  it('a central claim held by another desk makes the picker move on', async () => {
    const taken = new Set<number>();
    const claims: LeadClaims = { claim: async (lead) => !taken.has(lead.contactId), release: async () => undefined };
    desk = await campaignDesk({ claims });
    taken.add(desk.idOf('张伟'));
    await startReady();
    expect((await lead()).name).toBe('王芳');
  });

  it('compliance skips are counted with their reason (DNC lead is not offered)', async () => {
    desk = await campaignDesk();
    desk.db.prepare("INSERT INTO dnc(phone_key, reason, source, created_at) VALUES ('+8613800138002', 'complaint', 'test', 0)").run();
    await startReady();
    await desk.call('campaign:skip', { campaignId: 'spring', contactId: (await lead()).contactId });
    const next = await lead();
    expect(next.name).toBe('李娜');
    expect(next.skipped).toEqual({ 'compliance.dnc': 1 });
  });
});
