// USB headsets: which one the agent uses, the call as its LEDs show it, its buttons.
import { z } from 'zod';
import { CallState, HeadsetButtonEvent } from '../../hid/headset-api';
import { NoArgs } from '../schemas';

export const headsetInvoke = {
  'headset:setActive': { req: z.object({ id: z.string().min(1).max(512) }).strict(), res: NoArgs },
  /** the call as the headset should show it (LEDs, ringer) */
  'headset:setCallState': { req: CallState, res: NoArgs },
} as const;

export const headsetEvents = {
  'headset:button': HeadsetButtonEvent,
} as const;
