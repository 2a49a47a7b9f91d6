// The binding server's HTTP contract, shared with the desktop client. Request schemas normalise
// phone numbers to E.164 (default region CN) so both sides reject the same bad input.
import { z } from 'zod';
import { toE164 } from './phone';

export const Phone = z
  .string()
  .min(3)
  .max(32)
  .transform((raw, ctx) => {
    const r = toE164(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.reason });
      return z.NEVER;
    }
    return r.e164;
  });

const Id = z.string().min(1).max(64);
const AreaCode = z.string().regex(/^\d{2,4}$/, 'an area code is 2 to 4 digits');
const DAY = 86_400;

export const ErrorCode = z.enum([
  'INVALID_REQUEST',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'POOL_NOT_FOUND',
  'POOL_EXHAUSTED',
  'X_COLLISION',
  'X_UNAVAILABLE',
  'NUMBER_IN_USE',
  'NUMBER_TAKEN',
  'IDEMPOTENCY_MISMATCH',
  'RATE_LIMITED',
  'BUSY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

// ── pools and numbers ──────────────────────────────────────────────────────────────────────────
export const CreatePool = z.strictObject({
  name: z.string().regex(/^[\w.-]{1,64}$/, 'pool names are 1-64 letters, digits, _ . -'),
  /** how long a released X stays off-limits for the same real number with a new partner */
  cooldownSeconds: z.int().min(0).max(30 * DAY).default(600),
});

export const Pool = z.object({
  id: z.string(),
  name: z.string(),
  cooldownSeconds: z.int(),
  size: z.int(),
  locked: z.int(),
  liveBindings: z.int(),
});
export type Pool = z.infer<typeof Pool>;

export const AddNumbers = z.strictObject({
  numbers: z
    .array(z.strictObject({ number: Phone, areaCode: AreaCode.optional(), city: z.string().max(64).optional() }))
    .min(1)
    .max(1000),
});

export const NumberInfo = z.object({
  number: z.string(),
  poolId: z.string(),
  areaCode: z.string().nullable(),
  city: z.string().nullable(),
  locked: z.boolean(),
  lockReason: z.string().nullable(),
  calls: z.int(),
  complaints: z.int(),
});
export type NumberInfo = z.infer<typeof NumberInfo>;

export const LockNumber = z.strictObject({ reason: z.string().min(1).max(200) });

// ── bindings ───────────────────────────────────────────────────────────────────────────────────
/** axb: A↔X↔B both ways. reverse: only B → X → A (callback-only; A keeps one X for many Bs). */
export const BindingMode = z.enum(['axb', 'reverse']);

export const CreateBinding = z.strictObject({
  poolId: Id,
  a: Phone,
  b: Phone,
  mode: BindingMode.default('axb'),
  /** pin X instead of letting the server pick */
  x: Phone.optional(),
  /** B's area, preferred when picking X */
  areaCode: AreaCode.optional(),
  expiresInSeconds: z.int().min(60).max(30 * DAY),
  releaseAfterCallSeconds: z.int().min(0).max(7 * DAY).optional(),
  record: z.boolean().default(false),
});
export type CreateBinding = z.output<typeof CreateBinding>;

export const UpdateBinding = z
  .strictObject({
    expiresInSeconds: z.int().min(60).max(30 * DAY).optional(),
    releaseAfterCallSeconds: z.int().min(0).max(7 * DAY).nullable().optional(),
    b: Phone.optional(),
    record: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'nothing to update');
export type UpdateBinding = z.output<typeof UpdateBinding>;

export const Binding = z.object({
  id: z.string(),
  poolId: z.string(),
  x: z.string(),
  a: z.string(),
  b: z.string(),
  mode: BindingMode,
  record: z.boolean(),
  status: z.enum(['live', 'ended']),
  createdAt: z.int(),
  expiresAt: z.int(),
  releaseAfterCallSeconds: z.int().nullable(),
  effectiveExpiresAt: z.int(),
});
export type Binding = z.infer<typeof Binding>;

// ── call-center side ───────────────────────────────────────────────────────────────────────────
export const RouteQuery = z.strictObject({ caller: Phone, x: Phone });

export const Route = z.object({
  bindingId: z.string(),
  callee: z.string(),
  /** the number the callee must see: always X */
  display: z.string(),
  record: z.boolean(),
});
export type Route = z.infer<typeof Route>;

export const CreateCallback = z.strictObject({
  poolId: Id,
  a: Phone,
  b: Phone,
  areaCode: AreaCode.optional(),
  expiresInSeconds: z.int().min(60).max(30 * DAY).default(3600),
  releaseAfterCallSeconds: z.int().min(0).max(7 * DAY).optional(),
});

export const Callback = z.object({
  bindingId: z.string(),
  x: z.string(),
  /** the PBX or gateway places these two legs, both showing X */
  legs: z.array(z.object({ to: z.string(), from: z.string() })),
});
export type Callback = z.infer<typeof Callback>;

export const CallEventType = z.enum(['started', 'ringing', 'answered', 'ended']);
export const CallEvent = z.strictObject({
  callId: z.string().min(1).max(128),
  bindingId: Id,
  event: CallEventType,
  /** epoch ms when the switch saw it; defaults to receipt time */
  at: z.int().positive().optional(),
});

export const Subscription = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  secret: z.string().min(16).max(256),
});
