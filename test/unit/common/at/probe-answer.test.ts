// A failed probe of a serial port says what the port answered: the setup screens turn it into "no modem
// answered" or "no permission" with what to try, never a bare "probed".
import { describe, expect, it } from 'vitest';
import { AtPortLostError, AtTimeoutError } from '../../../../common/at/engine';
import { answerOfProbeFailure } from '../../../../common/at/probe-answer';
import { GatewayCommandError, ModuleRestartedError } from '../../../../common/at/session';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('answerOfProbeFailure', () => {
  it.each([
    ['AT got no final result (nothing answers)', new AtTimeoutError('AT', 1000), 'noModem'],
    ['AT answered ERROR', new GatewayCommandError({ command: 'AT', lines: [], result: { kind: 'ERROR', code: null }, echoed: false }), 'modemError'],
    ['the port went away mid-probe', new AtPortLostError('AT+CGMI'), 'lost'],
    ['the module restarted mid-probe', new ModuleRestartedError('AT+CGMI'), 'lost'],
    // serialport's Linux bindings: the C library's text, sometimes an errno code
    ['open: Permission denied', new Error('Error: Permission denied, cannot open /dev/ttyUSB0'), 'noAccess'],
    ['open: EACCES code', withCode('open failed', 'EACCES'), 'noAccess'],
    ['open: Operation not permitted', new Error('Error: Operation not permitted, cannot open /dev/ttyS0'), 'noAccess'],
    ['lock: another program holds it', new Error('Error Resource temporarily unavailable Cannot lock port'), 'inUse'],
    ['open: EBUSY', withCode('open failed', 'EBUSY'), 'inUse'],
    ['open: Device or resource busy', new Error('Error: Device or resource busy, cannot open /dev/ttyACM0'), 'inUse'],
    ['open: No such file (unplugged between listing and opening)', new Error('Error: No such file or directory, cannot open /dev/ttyUSB3'), 'lost'],
    ['not an Error at all', 'weird', 'lost'],
  ])('%s → %s', (_name, error, answer) => {
    expect(answerOfProbeFailure(error)).toBe(answer);
  });
});
