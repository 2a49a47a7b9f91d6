// The campaign session on this page: the agent's status (pushed by main), the lead on screen, the call
// and its wrap-up. It lives outside the screen so a call ending while the agent looks at Contacts still
// records its attempt and starts wrap-up. Dials go through placeCall; ends come from onCallFinished.
import { i18n } from '../../i18n';
import { errorText } from '../../ui-shared/error-text';
import { create } from 'zustand';
import type { Campaign } from '../../../../common/campaign/campaign-schema';
import type { AgentStatus, DisposeResult, LeadOffer } from '../../../../common/campaign/dto';
import { runStep } from '../../../../common/campaign/run-step';
import type { BlockedVerdict } from '../../../../common/compliance/verdict';
import type { CallbackScope } from '../../../../common/campaign/campaign-schema';
import type { DialOutcome } from '../../../../common/outcome/dial-outcome';
import type { NotPlacedReason } from '../../../../common/outcome/not-placed';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { onCallFinished, placeCall } from '../../phone/place-call';
import { usePhone, type LineRef } from '../../phone/phone-store';

export interface RunState {
  readonly status: AgentStatus | null;
  readonly campaign: Campaign | null;
  readonly offer: LeadOffer | null;
  /** the phone-store key of the campaign call in progress */
  readonly callId: string | null;
  readonly attemptId: number | null;
  /** the last dial compliance refused, with its reason */
  readonly blocked: { readonly name: string; readonly verdict: BlockedVerdict } | null;
  /** why there is no lead: nothing left, or nothing until `until` */
  readonly idle: { readonly kind: 'wait' | 'none'; readonly until: number | null; readonly skipped: Record<string, number> } | null;
  readonly error: string | null;
  /** the last dial never reached the network: why (null when the line did not say); no attempt was counted */
  readonly notPlaced: { readonly reason: NotPlacedReason | null } | null;
  readonly busy: boolean;
  /** the line campaign calls go out on (chosen on the screen, or the campaign's line rule) */
  readonly line: LineRef | undefined;
  readonly lastDisposition: DisposeResult | null;
  /** how the call in wrap-up ended, as detected; `corrected` is the agent's correction, sent with the disposition */
  readonly ended: { readonly outcome: DialOutcome; readonly source: string; readonly corrected: DialOutcome | null } | null;
  /** the attempt in wrap-up whose number the agent put on the DNC list (the panel confirms it) */
  readonly dncAddedFor: number | null;
}

const initial: RunState = {
  status: null,
  campaign: null,
  offer: null,
  callId: null,
  attemptId: null,
  blocked: null,
  idle: null,
  error: null,
  notPlaced: null,
  busy: false,
  line: undefined,
  lastDisposition: null,
  ended: null,
  dncAddedFor: null,
};

export const useCampaignRun = create<RunState>(() => initial);

const set = (patch: Partial<RunState>) => useCampaignRun.setState(patch);
const api = () => getBridge().api;
/** What failed, in the UI language (main's own text is for the log). */
const message = (error: unknown) => errorText(i18n.t, error);

/** Runs one request at a time; errors land on the screen instead of being thrown at a key handler. */
async function guarded(work: () => Promise<void>): Promise<void> {
  if (useCampaignRun.getState().busy) return;
  set({ busy: true, error: null });
  try {
    await work();
  } catch (error) {
    set({ error: message(error) });
  } finally {
    set({ busy: false });
    advance();
  }
}

let waitTimer: ReturnType<typeof setTimeout> | undefined;

/** Looks at where the agent stands and takes the next automatic step (fetch a lead, power-dial it). */
export function advance(): void {
  const s = useCampaignRun.getState();
  if (!s.status || !s.campaign) return;
  const step = runStep({
    state: s.status.snapshot.state,
    mode: s.campaign.mode,
    hasOffer: s.offer !== null,
    busy: s.busy,
    waitUntil: s.idle?.kind === 'wait' ? s.idle.until : s.idle?.kind === 'none' ? Number.MAX_SAFE_INTEGER : null,
    now: Date.now(),
  });
  if (step === 'fetchLead') void nextLead();
  if (step === 'dial') void dial();
}

function lineFor(campaign: Campaign): LineRef | undefined {
  const chosen = useCampaignRun.getState().line ?? usePhone.getState().line;
  if (campaign.line.accountId !== null) return { via: campaign.line.kind, id: campaign.line.accountId };
  return chosen;
}

export function setRunLine(line: LineRef | undefined): void {
  set({ line });
}

export async function startCampaign(campaignId: string): Promise<void> {
  await guarded(async () => {
    const campaign = await unwrap(api().campaign.get({ id: campaignId }));
    const status = await unwrap(api().campaign.start({ campaignId }));
    set({ campaign, status, offer: null, idle: null, blocked: null, attemptId: null, callId: null });
  });
}

export async function stopCampaign(): Promise<void> {
  await guarded(async () => {
    const status = await unwrap(api().campaign.stop({}));
    set({ ...initial, status });
  });
}

/** Reattaches to a session main still holds (page reload). */
export async function resumeSession(): Promise<void> {
  if (useCampaignRun.getState().campaign !== null) return;
  let status = await unwrap(api().agent.status({}));
  if (status.campaignId === null) return set({ status });
  const campaign = await unwrap(api().campaign.get({ id: status.campaignId }));
  const { state, lead } = status.snapshot;
  // a lead offered to the page before it reloaded is not on screen any more: give it back, fetch afresh
  if ((state === 'previewing' || state === 'reserved') && lead) status = await unwrap(api().campaign.skip({ campaignId: campaign.id, contactId: lead.contactId }));
  set({ status, campaign, attemptId: status.wrapUpAttemptId });
  advance();
}

export async function goReady(): Promise<void> {
  await guarded(async () => {
    set({ idle: null, status: await unwrap(api().agent.transition({ event: { type: 'goReady' } })) });
  });
}

export async function goNotReady(reason: string): Promise<void> {
  await guarded(async () => {
    const s = useCampaignRun.getState();
    const state = s.status?.snapshot.state;
    if (state === 'dialing' || state === 'onCall' || state === 'wrapUp') {
      set({ status: await unwrap(api().agent.transition({ event: { type: 'requestPause', reason } })) });
      return;
    }
    if (s.offer && s.campaign) await unwrap(api().campaign.skip({ campaignId: s.campaign.id, contactId: s.offer.contactId }));
    set({ offer: null, status: await unwrap(api().agent.transition({ event: { type: 'goNotReady', reason } })) });
  });
}

export async function cancelPause(): Promise<void> {
  await guarded(async () => {
    set({ status: await unwrap(api().agent.transition({ event: { type: 'cancelPause' } })) });
  });
}

async function nextLead(): Promise<void> {
  await guarded(async () => {
    const { campaign } = useCampaignRun.getState();
    if (!campaign) return;
    const result = await unwrap(api().campaign.nextLead({ campaignId: campaign.id }));
    if (result.kind === 'lead') {
      set({ offer: result, idle: null });
      return;
    }
    set({ offer: null, idle: { kind: result.kind, until: result.kind === 'wait' ? result.until : null, skipped: result.skipped } });
    if (result.kind === 'wait') {
      clearTimeout(waitTimer);
      // look again when something becomes dialable, but at least every minute (new imports, callbacks)
      waitTimer = setTimeout(() => {
        set({ idle: null });
        advance();
      }, Math.min(60_000, Math.max(1_000, result.until - Date.now())));
    }
  });
}

/** Looks for a lead again now (after an import, or when the agent asks). */
export function refreshLeads(): void {
  clearTimeout(waitTimer);
  set({ idle: null });
  advance();
}

export async function dial(): Promise<void> {
  await guarded(async () => {
    const { offer, campaign } = useCampaignRun.getState();
    if (!offer || !campaign) return;
    set({ blocked: null, notPlaced: null });
    const result = await placeCall(
      lineFor(campaign),
      { contactId: offer.contactId, phoneIndex: offer.phoneIndex },
      { campaignId: campaign.id, contactId: offer.contactId, maskNumbers: campaign.maskNumbers, privacy: campaign.privacy, noAnswerTimeoutSeconds: campaign.pacing.noAnswerTimeoutSeconds },
    );
    if (result.placed) {
      set({ callId: result.callId, status: await unwrap(api().agent.transition({ event: { type: 'dial' } })) });
      return;
    }
    // nothing was dialled: the lead goes back (blocked ones stay away: compliance keeps refusing them)
    const status = await unwrap(api().campaign.skip({ campaignId: campaign.id, contactId: offer.contactId }));
    if (result.reason === 'blocked') {
      set({ offer: null, status, blocked: { name: offer.name, verdict: result.verdict } });
      return;
    }
    // a line problem would fail every next dial too: stop and let the agent look
    set({ offer: null, error: result.message, status: await unwrap(api().agent.transition({ event: { type: 'goNotReady', reason: 'lineProblem' } })) });
  });
}

export async function skip(): Promise<void> {
  await guarded(async () => {
    const { offer, campaign } = useCampaignRun.getState();
    if (!offer || !campaign) return;
    set({ offer: null, status: await unwrap(api().campaign.skip({ campaignId: campaign.id, contactId: offer.contactId })) });
  });
}

/** The agent says the call really ended otherwise (e.g. the "busy" tone was a voicemail greeting). */
export function correctOutcome(outcome: DialOutcome): void {
  const { ended } = useCampaignRun.getState();
  if (ended) set({ ended: { ...ended, corrected: outcome } });
}

export async function dispose(code: string, callback: { dueAt: number; scope: CallbackScope } | null = null): Promise<void> {
  await guarded(async () => {
    const { attemptId, ended } = useCampaignRun.getState();
    if (attemptId === null) return;
    const outcome = ended?.corrected != null && ended.corrected !== ended.outcome ? ended.corrected : null;
    const result = await unwrap(api().campaign.dispose({ attemptId, code, callback: callback && { ...callback, phoneIndex: null }, outcome }));
    const { status, ...rest } = result;
    set({ status, attemptId: null, offer: null, callId: null, lastDisposition: rest, ended: null, dncAddedFor: null });
  });
}

/** In wrap-up, whatever the disposition: the number just called goes on the DNC list ("别再打了"). */
export async function addToDnc(): Promise<void> {
  await guarded(async () => {
    const { attemptId } = useCampaignRun.getState();
    if (attemptId === null) return;
    await unwrap(api().campaign.dncAdd({ attemptId }));
    set({ dncAddedFor: attemptId });
  });
}

async function callEnded(call: Parameters<Parameters<typeof onCallFinished>[0]>[0]): Promise<void> {
  const s = useCampaignRun.getState();
  if (!s.campaign || call.context.campaignId !== s.campaign.id || !s.offer || ('number' in call.subject)) return;
  const { offer } = s;
  // not through guarded(): a call end must be recorded even while another request runs
  try {
    const { attemptId, status } = await unwrap(
      api().campaign.attemptResult({
        campaignId: s.campaign.id,
        contactId: offer.contactId,
        phoneIndex: call.subject.phoneIndex,
        outcome: call.outcome,
        startedAt: call.startedAt,
        callLogId: call.callLogId,
      }),
    );
    if (attemptId === null) {
      // main counted no attempt: no wrap-up, the lead is back in the queue and the agent is not ready
      set({ attemptId: null, status, callId: null, offer: null, ended: null, notPlaced: { reason: call.notPlaced ?? null } });
      return;
    }
    set({ attemptId, status, callId: null, notPlaced: null, ended: { outcome: call.outcome, source: call.outcomeSource, corrected: null } });
  } catch (error) {
    set({ error: message(error) });
  }
}

let wired = false;
/** the call whose answer was already reported (the phone store changes many times per call) */
let answeredSent: string | null = null;

/** Subscribes once per page: main's status pushes, call ends, and the answer of our call. */
export function wireCampaignRun(): void {
  if (wired) return;
  wired = true;
  api().agent.onState((status) => {
    set({ status });
    advance();
  });
  onCallFinished((call) => void callEnded(call));
  usePhone.subscribe((phone) => {
    const { callId, status } = useCampaignRun.getState();
    if (callId === null || status?.snapshot.state !== 'dialing') return;
    const call = [...phone.sipCalls, ...phone.gatewayCalls].find((c) => c.key === callId);
    if (call?.state === 'connected' && answeredSent !== callId) {
      answeredSent = callId;
      void api().agent.transition({ event: { type: 'answered' } }).catch(() => undefined);
    }
  });
}
