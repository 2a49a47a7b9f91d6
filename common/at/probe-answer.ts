// Which PortAnswer a failed probe of a serial port stands for (common/devices/port-answer.ts).
import type { PortAnswer } from '../devices/port-answer';
import { AtPortLostError, AtTimeoutError } from './engine';
import { GatewayCommandError, ModuleRestartedError } from './session';

/**
 * The answer a failed probe stands for. serialport's Linux open errors carry the C library's text
 * ("Error: Permission denied, cannot open /dev/ttyUSB0", "Error Resource temporarily unavailable Cannot
 * lock port") and sometimes an errno code.
 */
export function answerOfProbeFailure(error: unknown): Exclude<PortAnswer, 'probing' | 'modem'> {
  if (error instanceof AtTimeoutError) return 'noModem';
  if (error instanceof GatewayCommandError) return 'modemError';
  if (error instanceof AtPortLostError || error instanceof ModuleRestartedError) return 'lost';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM' || /permission denied|operation not permitted/i.test(text)) return 'noAccess';
  if (code === 'EBUSY' || /cannot lock port|resource temporarily unavailable|device or resource busy/i.test(text)) return 'inUse';
  return 'lost';
}
