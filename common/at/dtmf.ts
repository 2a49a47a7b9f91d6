import { DialStringError, dtmfCommand } from './dial-string';
import type { Family } from './drivers/family';

/** Huawei call ids start at 1; with a single call that is the one to address. */
const HUAWEI_DEFAULT_CALL_ID = 1;

/**
 * The commands that send a DTMF string, one digit per command (the portable form; some modules reject
 * multi-digit AT+VTS). Huawei voice dongles want their own `AT^DTMF=<call id>,<digit>` (python-gsmmodem).
 * Every digit is validated before any command exists, so a bad string writes nothing.
 */
export function dtmfCommands(digits: string, family: Family, callId?: number): string[] {
  if (digits.length === 0) throw new DialStringError('DTMF string is empty');
  const portable = [...digits].map(dtmfCommand);
  if (family !== 'huawei') return portable;
  return [...digits].map((digit) => `AT^DTMF=${callId ?? HUAWEI_DEFAULT_CALL_ID},${digit}`);
}
