import { z } from 'zod';

const Id = z.number().int().positive();
/** All times are epoch milliseconds (UTC). */
const EpochMs = z.number().int().nonnegative();
const Text = (max: number) => z.string().trim().max(max);

export const PhoneDto = z.object({
  e164: z.string(),
  national: z.string(),
  extension: z.string().optional(),
  kind: z.enum(['mobile', 'landline', 'tollFree', 'sharedCost', 'other']),
  raw: z.string(),
  /** the number is on the do-not-call list: shown so, and never a dial link */
  dnc: z.literal(true).optional(),
});
export type PhoneDto = z.infer<typeof PhoneDto>;

export const ContactSummary = z.object({
  id: Id,
  name: z.string(),
  company: z.string(),
  primaryPhone: z.string().nullable(),
  tags: z.array(z.string()),
  lastOutcome: z.string().nullable(),
  nextFollowUpAt: EpochMs.nullable(),
  /** a customer of a campaign that masks numbers: every number of this contact arrives masked */
  masked: z.boolean().optional(),
  /** one of the contact's numbers is on the do-not-call list (said for masked customers too: it names no digit) */
  dnc: z.literal(true).optional(),
});
export type ContactSummary = z.infer<typeof ContactSummary>;

export const NoteDto = z.object({ id: Id, contactId: Id, body: z.string(), createdAt: EpochMs });
export type NoteDto = z.infer<typeof NoteDto>;

export const FollowUpDto = z.object({
  id: Id,
  contactId: Id,
  dueAt: EpochMs,
  reason: z.string(),
  doneAt: EpochMs.nullable(),
});
export type FollowUpDto = z.infer<typeof FollowUpDto>;

export const CallDirection = z.enum(['inbound', 'outbound']);
export const CallOutcome = z.enum(['answered', 'noAnswer', 'busy', 'failed', 'rejected', 'voicemail', 'invalidNumber', 'unreachable', 'cancelled', 'notPlaced']);

export const CallLogEntry = z.object({
  id: Id,
  contactId: Id.nullable(),
  line: z.string().max(128),
  direction: CallDirection,
  number: z.string().max(64),
  startedAt: EpochMs,
  answeredAt: EpochMs.nullable(),
  endedAt: EpochMs.nullable(),
  outcome: CallOutcome.nullable(),
  disposition: z.string().nullable(),
  recordingPath: z.string().nullable(),
  privacyBindingId: z.string().nullable(),
  /** the campaign this call was dialled for; null for manual and inbound calls */
  campaignId: z.string().max(64).nullable(),
});
export type CallLogEntry = z.infer<typeof CallLogEntry>;

export const ContactCard = ContactSummary.extend({
  phones: z.array(PhoneDto),
  extra: z.record(z.string(), z.string()),
  lists: z.array(z.string()),
  notes: z.array(NoteDto),
  followUps: z.array(FollowUpDto),
  calls: z.array(CallLogEntry),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type ContactCard = z.infer<typeof ContactCard>;

export const GetContactRequest = z.object({ id: Id });
export const UpdateContactRequest = z.object({
  id: Id,
  name: Text(200).optional(),
  company: Text(200).optional(),
  extra: z.record(z.string().max(200), z.string().max(10_000)).optional(),
});
export type UpdateContactRequest = z.infer<typeof UpdateContactRequest>;
export const AddNoteRequest = z.object({ contactId: Id, body: Text(10_000).min(1) });
export const SetTagsRequest = z.object({ contactId: Id, tags: z.array(Text(64).min(1)).max(50) });
export const ScheduleFollowUpRequest = z.object({ contactId: Id, dueAt: EpochMs, reason: Text(500).default('') });
export const CompleteFollowUpRequest = z.object({ id: Id, doneAt: EpochMs });
export const SetDispositionRequest = z.object({ callId: Id, disposition: Text(64).min(1) });
export const LogCallRequest = CallLogEntry.omit({ id: true, contactId: true }).extend({
  /** When absent the number is matched against stored contact phones. */
  contactId: Id.nullable().optional(),
  outcome: CallOutcome.nullable().default(null),
  disposition: z.string().max(64).nullable().default(null),
  answeredAt: EpochMs.nullable().default(null),
  endedAt: EpochMs.nullable().default(null),
  recordingPath: z.string().max(4096).nullable().default(null),
  privacyBindingId: z.string().max(64).nullable().default(null),
  campaignId: z.string().max(64).nullable().default(null),
});
export type LogCallRequest = z.input<typeof LogCallRequest>;
