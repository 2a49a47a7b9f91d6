import type { CallTracker } from '../calls/call-tracker';
import type { EmitEvent } from '../events';
import type { SmsReceiver } from './sms-receiver';

/** Commands a driver may want sent on its own (read a stored SMS, poll calls). No-ops during a replay. */
export interface DriverActions {
  readStoredSms(storage: string, index: number): void;
  queryCalls(): void;
  acknowledgeSms(): void;
  /** The module rebooted (RDY, +CFUN: 1, unsolicited +CPIN: READY): the session must initialise it again. */
  restarted(reason: string): void;
  /** A sign that is sometimes a reboot and sometimes a keep-alive (Huawei ^BOOT): the session checks first. */
  restartSuspected(reason: string): void;
}

export const NO_ACTIONS: DriverActions = {
  readStoredSms: () => undefined,
  queryCalls: () => undefined,
  acknowledgeSms: () => undefined,
  restarted: () => undefined,
  restartSuspected: () => undefined,
};

export interface DriverContext {
  calls: CallTracker;
  sms: SmsReceiver;
  emit: EmitEvent;
  actions: DriverActions;
}

/**
 * Knowledge about one line prefix (`+CLIP`, `^CEND`, `VOICE CALL`, or a whole bare line like `RING`).
 * The same rule reads the line whether it arrives unsolicited or inside a command's response.
 */
export interface LineRule {
  key: string;
  /** Unsolicited unless the in-flight command asked for it; override for prefix collisions (+CREG, +CLIP). */
  isUrc?: (params: string, inflightPrefix: string | undefined) => boolean;
  bodyLines?: (params: string) => number;
  handle?: (params: string, body: string[], ctx: DriverContext, command?: string) => void;
}

/** `AT+CREG?` -> `+CREG`; `AT^DSCI=1` -> `^DSCI`. */
export function commandPrefix(command: string | undefined): string | undefined {
  const m = /^AT([+^#][A-Z0-9]+)/i.exec(command ?? '');
  return m?.[1]?.toUpperCase();
}

export const defaultIsUrc = (key: string) => (_params: string, inflightPrefix: string | undefined): boolean =>
  inflightPrefix !== key;

/** Rules for URCs that carry no information the app uses but must not be mistaken for response lines. */
export const noise = (...keys: string[]): LineRule[] => keys.map((key) => ({ key }));
