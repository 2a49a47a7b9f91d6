// Why a request failed, as a key the page says in its own language with a next step (the messages'
// `errors.reason.<key>`), and the few values that sentence needs. Main's `message` beside it stays
// English for the log; the page never shows it. Every key here has a sentence in both languages
// (test/unit/common/ipc/failure-reason.test.ts).
import { z } from 'zod';

export const FAILURE_REASON_KEYS = [
  // a customer list the import cannot read
  'import.fileMissing',
  'import.folder',
  'import.notAFile',
  'import.fileType',
  'import.empty',
  'import.noSheetRows',
  'import.badWorkbook',
  'import.unclosedQuote',
  'import.encoding',
  'import.noPhoneColumn',
  'import.resumeFileGone',
  'import.resumeFileChanged',
  'import.notResumable',
  'import.resumeTooOld',
  'import.jobMissing',
  // a file on its way to main
  'upload.expired',
  'upload.incomplete',
  'upload.tooLarge',
  // the binding server (privacy numbers) as the desk is set up for it
  'binding.noUrl',
  'binding.noKey',
  'privacy.noPool',
  'privacy.noAgentNumber',
  'privacy.unreachable',
  'privacy.refused',
  'privacy.poolExhausted',
  'privacy.busy',
  // storing passwords
  'secrets.noKeyring',
  'secrets.weakOnly',
  // the headset permission rule
  'udev.notLinux',
  'udev.noPkexec',
  'udev.declined',
  'udev.failed',
  // SIP credentials
  'sip.noAccount',
  'sip.noPassword',
  // the devices process, headsets and gateway lines
  'devices.restarted',
  'devices.notRunning',
  'headset.gone',
  'headset.unusable',
  'gateway.timeout',
  'gateway.offline',
  'gateway.refused',
  // the CRM and campaigns
  'dnc.notPhone',
  'contact.missing',
  'contact.noNumber',
  'contact.maskedExtra',
  'campaign.missing',
  'campaign.archived',
  'campaign.unknownList',
  'campaign.unknownDisposition',
  'campaign.noSession',
  'campaign.otherSession',
  'campaign.switchBusy',
  'campaign.notReady',
  'campaign.notOffered',
  'campaign.notInWrapUp',
  // the setup profile and links
  'profile.invalid',
  'link.refused',
] as const;

export type FailureReasonKey = (typeof FAILURE_REASON_KEYS)[number];

export interface FailureReason {
  readonly key: FailureReasonKey;
  /** numbers and short codes only (a line number, a file extension, an HTTP status): never main's text */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A reason inside a contract payload (an event's error). */
export const FailureReasonSchema = z.object({
  key: z.enum(FAILURE_REASON_KEYS),
  params: z.record(z.string(), z.union([z.string().max(64), z.number()])).optional(),
});

const keys: ReadonlySet<string> = new Set(FAILURE_REASON_KEYS);

/** A reason as it arrives from another thread or over IPC, or undefined when it is not one. */
export function asFailureReason(value: unknown): FailureReason | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !keys.has(key)) return undefined;
  if (params === undefined) return { key: key as FailureReasonKey };
  if (typeof params !== 'object' || params === null) return undefined;
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && Number.isFinite(v)) clean[k] = v;
    else if (typeof v === 'string') clean[k] = v.slice(0, 64);
  }
  return { key: key as FailureReasonKey, params: clean };
}

export const reason = (key: FailureReasonKey, params?: Record<string, string | number>): FailureReason => (params ? { key, params } : { key });
