// Messages between main and the devices process (Electron utilityProcess; a Node child in the harness).
// Both sides validate what they receive: a crashed or confused child must not corrupt main's state.
import { z } from 'zod';
import { CallState, HeadsetButtonEvent, HeadsetInfo } from '../hid/headset-api';
import { GatewaySettings } from '../settings/gateways';
import { ModemAudio } from './audio-ports';
import { GatewayCommand, GatewayEventMessage, GatewayLine } from './gateway-api';
import { PortAnswer } from './port-answer';
import { PortProbe } from './probe-policy';
import { FailureReasonSchema } from '../ipc/failure-reason';

export const SerialPortInfo = z.object({
  path: z.string(),
  manufacturer: z.string().optional(),
  vendorId: z.string().optional(),
  productId: z.string().optional(),
  /** what settings remember the port by (probe-policy.ts portKey) */
  key: z.string().optional(),
  /** whether the gateway service opens it, and why */
  probe: PortProbe.optional(),
  /** what the port answered when the gateway service asked it (probed ports only) */
  answer: PortAnswer.optional(),
  /** the modem maker its USB ids belong to */
  maker: z.string().optional(),
  /** where it is plugged in (probe-policy.ts ListedPort.location) */
  location: z.string().optional(),
  /** a saved key in the old format (before serial-less keys had a location) that names this port */
  legacyKey: z.string().optional(),
  /** ...and other present ports too, so it enabled none of them */
  legacyKeyShared: z.boolean().optional(),
  /** an audio port (probe `audio`): the path of the AT port of the same modem, when it is listed */
  audioOf: z.string().optional(),
  /** an audio port the installer enabled or named at start-up: ignored, it is never probed for AT */
  enableIgnored: z.boolean().optional(),
  /**
   * a voice modem's AT port: where its call audio flows (audio-ports.ts). The voice path opens
   * `voice.audioPort` only while that port's own probe state is `audio` (not `disabled`).
   */
  voice: ModemAudio.optional(),
});
export type SerialPortInfo = z.infer<typeof SerialPortInfo>;

/** Controls of a virtual headset the harness may press (tests and demos without hardware), and its plug. */
export const VirtualControl = z.enum(['hookOn', 'hookOff', 'mute', 'flash', 'redial', 'reject', 'unplug', 'plug']);
export type VirtualControl = z.infer<typeof VirtualControl>;

export const ToDevices = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), seq: z.number().int() }),
  z.object({ type: z.literal('shutdown') }),
  z.object({ type: z.literal('headset:setActive'), id: z.string() }),
  z.object({ type: z.literal('headset:setCallState'), state: CallState }),
  z.object({ type: z.literal('headset:resendAll') }),
  z.object({ type: z.literal('gateway:request'), requestId: z.number().int(), command: GatewayCommand }),
  z.object({ type: z.literal('virtual:press'), control: VirtualControl }),
  /** which ports the gateway service may open (settings.gateways); nothing is probed before the first one */
  z.object({ type: z.literal('gateway:probePolicy'), policy: GatewaySettings }),
]);
export type ToDevices = z.infer<typeof ToDevices>;

export const FromDevices = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), pid: z.number().int() }),
  z.object({ type: z.literal('pong'), seq: z.number().int() }),
  z.object({ type: z.literal('log'), level: z.enum(['error', 'warn', 'info']), message: z.string() }),
  z.object({ type: z.literal('serialPorts'), ports: z.array(SerialPortInfo) }),
  z.object({ type: z.literal('headset:devices'), devices: z.array(HeadsetInfo) }),
  z.object({ type: z.literal('headset:button'), event: HeadsetButtonEvent }),
  z.object({ type: z.literal('gateway:lines'), lines: z.array(GatewayLine) }),
  z.object({ type: z.literal('gateway:event'), message: GatewayEventMessage }),
  /** error: English for the log; reason: what the page says (a line gone offline) */
  z.object({ type: z.literal('gateway:result'), requestId: z.number().int(), error: z.string().optional(), reason: FailureReasonSchema.optional() }),
]);
export type FromDevices = z.infer<typeof FromDevices>;
