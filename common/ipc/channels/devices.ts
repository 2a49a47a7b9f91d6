// Headsets and gateways, driven natively in the devices process.
import { z } from 'zod';
import { GatewayCommand, GatewayEventMessage } from '../../devices/gateway-api';
import { CallState, HeadsetButtonEvent } from '../../hid/headset-api';
import { DevicesStatus } from '../schemas';

const none = z.object({}).strict();

export const devicesInvoke = {
  'devices:status': { req: none, res: DevicesStatus },
  'headset:setActive': { req: z.object({ id: z.string().min(1).max(512) }).strict(), res: none },
  /** the call as the headset should show it (LEDs, ringer) */
  'headset:setCallState': { req: CallState, res: none },
  'gateway:command': { req: GatewayCommand, res: none },
} as const;

export const devicesEvents = {
  'devices:status': DevicesStatus,
  'headset:button': HeadsetButtonEvent,
  'gateway:event': GatewayEventMessage,
} as const;
