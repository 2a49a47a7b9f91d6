// The devices process (headsets and gateways, driven natively): its state and what it found.
import { DevicesStatus, NoArgs } from '../schemas';

export const devicesInvoke = {
  'devices:status': { req: NoArgs, res: DevicesStatus },
} as const;

export const devicesEvents = {
  'devices:status': DevicesStatus,
} as const;
