// What crosses IPC (and the CRM worker boundary) for campaign dialing: summaries, the lead card, the
// agent's status, attempts and dispositions. Storage and screens both speak these shapes.
import { z } from 'zod';
import { RetentionDays } from '../compliance/retention';
import { DialOutcome } from '../outcome/dial-outcome';
import { CallbackScope, CampaignId, DialMode } from './campaign-schema';

const Id = z.number().int().positive();
const EpochMs = z.number().int().nonnegative();

export const CampaignSummary = z.object({
  id: CampaignId,
  name: z.string(),
  mode: DialMode,
  listIds: z.array(z.string()),
  archived: z.boolean(),
  /** contacts in the campaign's lists */
  leads: z.number().int().nonnegative(),
  attempts: z.number().int().nonnegative(),
  updatedAt: EpochMs,
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

/** One number on the lead card; `display` is masked when the campaign masks numbers. */
export const LeadNumber = z.object({
  phoneIndex: z.number().int().min(0),
  display: z.string(),
  kind: z.string(),
  attempts: z.number().int().nonnegative(),
  lastOutcome: DialOutcome.nullable(),
});
export type LeadNumber = z.infer<typeof LeadNumber>;

export const SkipCountsDto = z.record(z.string(), z.number().int().nonnegative());

export const LeadOffer = z.object({
  kind: z.literal('lead'),
  campaignId: CampaignId,
  contactId: Id,
  /** which of the contact's numbers to dial (position in the contact's phone list) */
  phoneIndex: z.number().int().min(0),
  reason: z.enum(['callback', 'retry', 'fresh']),
  callbackId: Id.nullable(),
  name: z.string(),
  company: z.string(),
  numbers: z.array(LeadNumber),
  attempts: z.number().int().nonnegative(),
  masked: z.boolean(),
  skipped: SkipCountsDto,
  /** the imported columns the agent needs on the call (产品, 备注, 意向…), masked like the rest when the campaign masks */
  extra: z.array(z.tuple([z.string(), z.string()])),
  /** the newest notes, newest first (imported 备注 and the agents' own) */
  notes: z.array(z.string()),
});
export type LeadOffer = z.infer<typeof LeadOffer>;

export const NextLeadResult = z.discriminatedUnion('kind', [
  LeadOffer,
  z.object({ kind: z.literal('wait'), until: EpochMs, skipped: SkipCountsDto }),
  z.object({ kind: z.literal('none'), skipped: SkipCountsDto }),
]);
export type NextLeadResult = z.infer<typeof NextLeadResult>;

export const AgentStateName = z.enum(['loggedOut', 'notReady', 'ready', 'previewing', 'reserved', 'dialing', 'onCall', 'wrapUp']);

export const LeadRefDto = z.object({ contactId: Id, phoneKey: z.string() });

export const AgentSnapshotDto = z.object({
  state: AgentStateName,
  since: EpochMs,
  notReadyReason: z.string().optional(),
  lead: LeadRefDto.optional(),
  outcome: DialOutcome.optional(),
  disposition: z.string().optional(),
  pauseAfterCall: z.string().optional(),
});

export const AgentStatus = z.object({
  agentId: z.string(),
  campaignId: CampaignId.nullable(),
  snapshot: AgentSnapshotDto,
  /** the attempt waiting for its disposition (wrap-up), so a reloaded page can still dispose it */
  wrapUpAttemptId: Id.nullable(),
});
export type AgentStatus = z.infer<typeof AgentStatus>;

/** The events the page may send; lead offers and call ends go through their own channels. */
export const AgentEventDto = z.discriminatedUnion('type', [
  z.object({ type: z.literal('goReady') }),
  z.object({ type: z.literal('goNotReady'), reason: z.string().trim().min(1).max(64) }),
  z.object({ type: z.literal('dial') }),
  z.object({ type: z.literal('answered') }),
  z.object({ type: z.literal('requestPause'), reason: z.string().trim().min(1).max(64) }),
  z.object({ type: z.literal('cancelPause') }),
]);
export type AgentEventDto = z.infer<typeof AgentEventDto>;

export const AttemptResultRequest = z.object({
  campaignId: CampaignId,
  contactId: Id,
  phoneIndex: z.number().int().min(0).max(50),
  outcome: DialOutcome,
  startedAt: EpochMs,
  callLogId: Id.nullable(),
});
export type AttemptResultRequest = z.infer<typeof AttemptResultRequest>;

export const CallbackRequest = z.object({
  dueAt: EpochMs,
  scope: CallbackScope,
  /** the number the callee asked to be called on; null = the usual choice */
  phoneIndex: z.number().int().min(0).max(50).nullable().default(null),
});

export const DisposeRequest = z.object({
  attemptId: Id,
  code: z.string().min(1).max(32),
  /** wrap-up ran out: the campaign default was applied, not the agent's choice */
  timedOut: z.boolean().default(false),
  callback: CallbackRequest.nullable().default(null),
  /** the agent's correction of the automatic outcome (a "busy" that was really voicemail); null = keep it */
  outcome: DialOutcome.nullable().default(null),
});
export type DisposeRequest = z.input<typeof DisposeRequest>;

/** The agent puts the number of the call in wrap-up on the DNC list, whatever the disposition ("别再打了"). */
export const AttemptDncRequest = z.object({ attemptId: Id });
export type AttemptDncRequest = z.infer<typeof AttemptDncRequest>;

export const DisposeResult = z.object({
  effect: z.enum(['retry', 'callback', 'complete', 'refused', 'badNumber']),
  callbackId: Id.nullable(),
  /** the number went onto the DNC list (a refusal) */
  dncAdded: z.boolean(),
});
export type DisposeResult = z.infer<typeof DisposeResult>;

export const ScheduleCallbackRequest = CallbackRequest.extend({ campaignId: CampaignId, contactId: Id });
export type ScheduleCallbackRequest = z.input<typeof ScheduleCallbackRequest>;

export const CallbackDto = z.object({
  id: Id,
  campaignId: CampaignId,
  contactId: Id,
  name: z.string(),
  dueAt: EpochMs,
  scope: CallbackScope,
  ownerAgentId: z.string(),
  doneAt: EpochMs.nullable(),
});
export type CallbackDto = z.infer<typeof CallbackDto>;

export const AuditEntry = z.object({
  id: Id,
  at: EpochMs,
  agentId: z.string(),
  campaignId: z.string().nullable(),
  stage: z.enum(['import', 'dial']),
  numberMasked: z.string(),
  verdict: z.enum(['allowed', 'blocked']),
  rule: z.string().nullable(),
  reasonKey: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListRequest = z.object({
  beforeId: Id.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
  verdict: z.enum(['allowed', 'blocked']).nullable().default(null),
});

export const RetentionSettings = z.object({
  callRecordsDays: RetentionDays,
  recordingsDays: RetentionDays,
  auditDays: RetentionDays,
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const RetentionRun = z.object({
  callRecords: z.number().int().nonnegative(),
  audit: z.number().int().nonnegative(),
  agentLog: z.number().int().nonnegative(),
  /** recording files referenced by deleted call records; main deletes the files */
  recordingPaths: z.array(z.string()),
});
export type RetentionRun = z.infer<typeof RetentionRun>;
