// The headset service's data as it crosses IPC: zod schemas for the router, inferred types for everyone.
import { z } from 'zod';

export const CallPhase = z.enum(['idle', 'ringing', 'dialing', 'connected', 'held']);
export type CallPhase = z.infer<typeof CallPhase>;

export const CallState = z.object({ phase: CallPhase, muted: z.boolean() }).strict();
export type CallState = z.infer<typeof CallState>;

export const HeadsetAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('answer') }),
  z.object({ action: z.literal('hangup') }),
  z.object({ action: z.literal('reject') }),
  /** A toggle request; `muted` is the state the user asks for. The app decides and echoes it back. */
  z.object({ action: z.literal('mute'), muted: z.boolean() }),
  z.object({ action: z.literal('flash') }),
  z.object({ action: z.literal('redial') }),
  z.object({ action: z.literal('speedDial') }),
  z.object({ action: z.literal('keypad'), digit: z.string().length(1) }),
]);
export type HeadsetAction = z.infer<typeof HeadsetAction>;

/** 'error': the device could not be opened or read (busy, vanished); retried on the next poll like 'permission-denied'. */
export const HeadsetStatus = z.enum(['ok', 'permission-denied', 'unsupported', 'error']);
export type HeadsetStatus = z.infer<typeof HeadsetStatus>;

/**
 * noAccess: the OS does not let us open it (udev rule); noTelephony: no telephony controls at all (not a
 * call-center headset); noCallControls: telephony controls, but no hook, mute or reject; openFailed: it
 * could not be opened or read (busy, vanished).
 */
export const HeadsetProblem = z.enum(['noAccess', 'noTelephony', 'noCallControls', 'openFailed']);
export type HeadsetProblem = z.infer<typeof HeadsetProblem>;

export const HeadsetInfo = z.object({
  /** The HID path: stable while plugged in, and what the OS opens. */
  id: z.string(),
  name: z.string(),
  vendorId: z.number().int(),
  productId: z.number().int(),
  status: HeadsetStatus,
  /** Why the status is not 'ok', in English words for the log and the diagnostics bundle. */
  reason: z.string().optional(),
  /** The same, as a code the page says in its language with what to do (wizard.headsetProblem.<code>). */
  problem: HeadsetProblem.optional(),
  active: z.boolean(),
  /** Input roles found in the descriptor: hookSwitch, phoneMute, flash, redial, drop, speedDial, lineBusy, reject, keypad. */
  inputs: z.array(z.string()),
  /** Output roles: offHook, mute, ring, hold, microphone, ringer, onLine, speaker. */
  outputs: z.array(z.string()),
});
export type HeadsetInfo = z.infer<typeof HeadsetInfo>;

export const HeadsetButtonEvent = z.object({ deviceId: z.string(), action: HeadsetAction });
export type HeadsetButtonEvent = z.infer<typeof HeadsetButtonEvent>;
