// The agent's day on this desk: the common/campaign state machine held in main (so a page reload
// keeps it), every change logged and pushed to the page, the wrap-up timer run here so auto-ready
// and the default disposition happen even if nobody touches the keyboard.
import { countsAsAttempt } from '../../../common/outcome/not-placed';
import type { DialOutcome } from '../../../common/outcome/dial-outcome';
import type { Clock } from '../../../common/at/at-clock';
import { agentTransition, loggedOut, type AgentEvent, type AgentSnapshot } from '../../../common/campaign/agent-state';
import type { Campaign } from '../../../common/campaign/campaign-schema';
import type { AgentEventDto, AgentStatus, AttemptResultRequest, DisposeResult, NextLeadResult } from '../../../common/campaign/dto';
import { WrapUpCountdown } from '../../../common/campaign/wrap-up-timer';
import type { CallbackScope } from '../../../common/campaign/campaign-schema';
import { DomainError } from '../../../common/ipc/result';
import type { Logger } from '../logging/logger';
import type { CampaignStore } from './campaign-store';
import type { LeadClaims, LeadKey } from './campaign-claims';
import { reason } from '../../../common/ipc/failure-reason';

export interface AgentSessionDeps {
  store: CampaignStore;
  claims: LeadClaims;
  clock: Clock;
  agentId: () => string;
  onChange: (status: AgentStatus) => void;
  log: Logger;
}

interface Wrap {
  attemptId: number;
  countdown: WrapUpCountdown | null;
}

/** Central claims that refuse are skipped locally and the pick is retried this often. */
const CLAIM_RETRIES = 3;

export class AgentSession {
  private snapshot: AgentSnapshot;
  private campaign: Campaign | null = null;
  private wrap: Wrap | null = null;
  private held: LeadKey | null = null;
  /** serialises state changes: the page, the wrap-up timer and call ends may race */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: AgentSessionDeps) {
    this.snapshot = loggedOut(deps.clock.now());
  }

  status(): AgentStatus {
    return { agentId: this.deps.agentId(), campaignId: this.campaign?.id ?? null, snapshot: this.snapshot, wrapUpAttemptId: this.wrap?.attemptId ?? null };
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private apply(event: AgentEvent): void {
    const now = this.deps.clock.now();
    let next: AgentSnapshot;
    try {
      next = agentTransition(this.snapshot, event, now);
    } catch (error) {
      throw new DomainError('REFUSED', error instanceof Error ? error.message : String(error));
    }
    const changedState = next.state !== this.snapshot.state || next.notReadyReason !== this.snapshot.notReadyReason;
    this.snapshot = next;
    if (changedState) {
      const reason = next.notReadyReason ?? null;
      void this.deps.store
        .logState({ agentId: this.deps.agentId(), now, campaignId: this.campaign?.id ?? null, state: next.state, reason })
        .catch((error: Error) => this.deps.log.warn('campaign: state log failed', { error: error.message }));
    }
    this.deps.onChange(this.status());
  }

  private requireCampaign(campaignId?: string): Campaign {
    if (this.campaign === null) throw new DomainError('REFUSED', 'no campaign session: start a campaign first', reason('campaign.noSession'));
    if (campaignId !== undefined && campaignId !== this.campaign.id) throw new DomainError('REFUSED', `the session is for campaign ${this.campaign.id}`, reason('campaign.otherSession'));
    return this.campaign;
  }

  private clock() {
    return { agentId: this.deps.agentId(), now: this.deps.clock.now() };
  }

  private async releaseHeld(): Promise<void> {
    const held = this.held;
    this.held = null;
    if (held !== null) await this.deps.claims.release(held, this.deps.agentId()).catch(() => undefined);
  }

  start(campaignId: string): Promise<AgentStatus> {
    return this.serial(async () => {
      const campaign = await this.deps.store.get(campaignId);
      if (this.snapshot.state === 'loggedOut') {
        this.campaign = campaign;
        this.apply({ type: 'login' });
      } else if (this.snapshot.state === 'notReady' || this.snapshot.state === 'ready') {
        this.campaign = campaign; // switching campaigns between calls keeps the agent's state
        this.deps.onChange(this.status());
      } else {
        throw new DomainError('REFUSED', `cannot switch campaigns while ${this.snapshot.state}`, reason('campaign.switchBusy'));
      }
      return this.status();
    });
  }

  stop(): Promise<AgentStatus> {
    return this.serial(async () => {
      if (this.snapshot.state === 'loggedOut') return this.status();
      if (this.snapshot.state === 'previewing' || this.snapshot.state === 'reserved') this.apply({ type: 'release' });
      if (this.snapshot.state === 'ready') this.apply({ type: 'goNotReady', reason: 'logout' });
      this.apply({ type: 'logout' });
      await this.releaseHeld();
      await this.deps.store.releaseLeads(this.clock());
      this.campaign = null;
      this.deps.onChange(this.status());
      return this.status();
    });
  }

  transition(event: AgentEventDto): Promise<AgentStatus> {
    return this.serial(async () => {
      this.requireCampaign();
      this.apply(event);
      return this.status();
    });
  }

  nextLead(campaignId: string): Promise<NextLeadResult> {
    return this.serial(async () => {
      const campaign = this.requireCampaign(campaignId);
      if (this.snapshot.state !== 'ready') throw new DomainError('REFUSED', `next lead needs the agent ready (now ${this.snapshot.state})`, reason('campaign.notReady'));
      for (let tries = 0; ; tries++) {
        const result = await this.deps.store.nextLead({ ...this.clock(), campaignId });
        if (result.kind !== 'lead') return result;
        const key = { campaignId, contactId: result.contactId, contactE164: 'primaryE164' in result ? result.primaryE164 : '' };
        if (await this.deps.claims.claim(key, this.deps.agentId())) {
          this.held = key;
          // the page may not see the number (masked campaigns): the lead is named by contact and phone index
          const phoneKey = `${result.contactId}#${result.phoneIndex}`;
          this.apply({ type: 'offerLead', lead: { contactId: result.contactId, phoneKey }, mode: campaign.mode });
          return result;
        }
        await this.deps.store.skip({ ...this.clock(), campaignId, contactId: result.contactId });
        if (tries + 1 >= CLAIM_RETRIES) return { kind: 'none', skipped: { ...result.skipped, claimedByAnotherAgent: (result.skipped.claimedByAnotherAgent ?? 0) + 1 } };
      }
    });
  }

  /** Skip in preview, or give back a power-mode lead that could not be dialled (e.g. blocked). */
  skip(campaignId: string, contactId: number): Promise<AgentStatus> {
    return this.serial(async () => {
      this.requireCampaign(campaignId);
      if (this.snapshot.lead?.contactId !== contactId) throw new DomainError('REFUSED', `lead ${contactId} is not the one offered`, reason('campaign.notOffered'));
      this.apply(this.snapshot.state === 'previewing' ? { type: 'skip' } : { type: 'release' });
      await this.deps.store.skip({ ...this.clock(), campaignId, contactId });
      await this.releaseHeld();
      return this.status();
    });
  }

  attemptResult(req: AttemptResultRequest): Promise<{ attemptId: number | null; status: AgentStatus }> {
    return this.serial(async () => {
      const campaign = this.requireCampaign(req.campaignId);
      if (this.snapshot.state === 'previewing' || this.snapshot.state === 'reserved') this.apply({ type: 'dial' });
      if (!countsAsAttempt(req.outcome)) {
        // never reached the network: not the customer's doing. No attempt, no wrap-up; the lead goes back to the
        // queue, and the agent stops (the next dial would fail the same way) until they have looked at the line
        this.apply({ type: 'notPlaced', reason: 'lineProblem' });
        await this.releaseHeld();
        await this.deps.store.releaseLeads(this.clock());
        return { attemptId: null, status: this.status() };
      }
      this.apply({ type: 'callEnded', outcome: req.outcome });
      const attemptId = await this.deps.store.recordAttempt({ ...req, ...this.clock() });
      this.wrap?.countdown?.stop();
      this.wrap = { attemptId, countdown: null };
      if (campaign.wrapUpSeconds > 0) {
        this.wrap.countdown = new WrapUpCountdown(this.deps.clock, campaign.wrapUpSeconds, () => {
          void this.serial(() => this.finishWrapUp(attemptId, campaign.defaultDisposition, true, null)).catch((error: Error) =>
            this.deps.log.warn('campaign: wrap-up timeout failed', { error: error.message }),
          );
        });
      }
      return { attemptId, status: this.status() };
    });
  }

  dispose(
    attemptId: number,
    code: string,
    callback: { dueAt: number; scope: CallbackScope; phoneIndex: number | null } | null,
    outcome: DialOutcome | null = null,
  ): Promise<DisposeResult & { status: AgentStatus }> {
    return this.serial(() => this.finishWrapUp(attemptId, code, false, callback, outcome));
  }

  /** In wrap-up: the number of this call goes on the DNC list; the disposition is still to come (or times out). */
  dncAdd(attemptId: number): Promise<{ dncAdded: true }> {
    return this.serial(async () => {
      this.requireWrapUp(attemptId);
      await this.deps.store.dncAdd({ ...this.clock(), attemptId });
      return { dncAdded: true as const };
    });
  }

  private requireWrapUp(attemptId: number): Wrap {
    if (this.snapshot.state !== 'wrapUp' || this.wrap?.attemptId !== attemptId) {
      throw new DomainError('REFUSED', `attempt ${attemptId} is not in wrap-up`, reason('campaign.notInWrapUp'));
    }
    return this.wrap;
  }

  private async finishWrapUp(
    attemptId: number,
    code: string,
    timedOut: boolean,
    callback: { dueAt: number; scope: CallbackScope; phoneIndex: number | null } | null,
    outcome: DialOutcome | null = null,
  ): Promise<DisposeResult & { status: AgentStatus }> {
    const wrap = this.requireWrapUp(attemptId);
    const result = await this.deps.store.dispose({ ...this.clock(), attemptId, code, timedOut, callback, outcome });
    wrap.countdown?.stop();
    this.wrap = null;
    if (timedOut) this.apply({ type: 'wrapUpTimeout', defaultDisposition: code });
    else {
      this.apply({ type: 'dispose', code });
      this.apply({ type: 'finishWrapUp' });
    }
    await this.releaseHeld();
    return { ...result, status: this.status() };
  }
}
