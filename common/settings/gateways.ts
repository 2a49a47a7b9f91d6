// Which serial ports the gateway service may open. Ports that look like modems (USB ids of modem makers)
// are probed by default; every other port only once an installer enables it here, and a port listed as
// disabled is never opened at all. Entries are port keys (see common/devices/probe-policy.ts): the USB
// identity for USB ports, so a device keeps its choice when it comes back under another /dev name.
import { z } from 'zod';

const portKey = z.string().trim().min(1).max(512);

export const GatewaySettings = z.object({
  /** ports to probe although they do not look like modems (a SIM800 behind a CH340, an FXO modem on ttyS0) */
  enabledPorts: z.array(portKey).max(64).default([]),
  /** ports never to open, even when they look like modems or are named at start-up */
  disabledPorts: z.array(portKey).max(64).default([]),
});
export type GatewaySettings = z.infer<typeof GatewaySettings>;
