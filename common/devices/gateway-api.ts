// Gateway lines (GSM modules, FXO modems) as they cross process boundaries.
import { z } from 'zod';
import { VOICE_REASONS } from '../at/voice-capability';

export const GatewayLine = z.object({
  /** gsm:<IMEI>, or <kind>:<usb id or port> for modems without an IMEI — stable across replugs */
  id: z.string(),
  kind: z.enum(['gsm', 'fxo']),
  state: z.enum(['online', 'offline', 'initialising']),
  port: z.string().optional(),
  signalDbm: z.number().nullable().optional(),
  operator: z.string().optional(),
  model: z.string().optional(),
  imei: z.string().optional(),
  /** Whether calls on this line carry audio; unset until the line was first initialised. */
  voice: z.enum(['voice', 'signallingOnly']).optional(),
  /** Why the line is signalling only (common/at/voice-capability.ts), with what the module answered. */
  voiceReason: z.enum(VOICE_REASONS).optional(),
  voiceDetail: z.string().max(200).optional(),
});
export type GatewayLine = z.infer<typeof GatewayLine>;

/** One event of common/at/events.ts; its shape is checked where it is produced. */
export const GatewayEventMessage = z.object({ lineId: z.string(), event: z.looseObject({ type: z.string() }) });
export type GatewayEventMessage = z.infer<typeof GatewayEventMessage>;

const lineId = z.string().min(1).max(128);
export const GatewayCommand = z.discriminatedUnion('op', [
  z.object({ op: z.literal('dial'), lineId, number: z.string().min(1).max(64) }),
  z.object({ op: z.literal('answer'), lineId }),
  z.object({ op: z.literal('hangup'), lineId }),
  z.object({ op: z.literal('dtmf'), lineId, digits: z.string().min(1).max(32) }),
  z.object({ op: z.literal('sms'), lineId, to: z.string().min(1).max(32), text: z.string().min(1).max(2000) }),
]);
export type GatewayCommand = z.infer<typeof GatewayCommand>;
