// What a probed serial port answered, so the setup screens can say "no modem answered" (and what to
// try) instead of only "probed". Decided from the error the probe ended with; runtime-free (the AT side's errors map to it in common/at/probe-answer.ts).
import { z } from 'zod';

export const PortAnswer = z.enum([
  /** being opened and asked for the first time */
  'probing',
  /** a modem answered AT and its line is up */
  'modem',
  /** the port opened but nothing answered AT: not a modem, the modem's other (audio/diagnostic) port, off, or a wrong baud rate */
  'noModem',
  /** something answered, but with ERROR to a plain AT */
  'modemError',
  /** the system refused to open it: the user may not use serial ports (dialout group, udev) */
  'noAccess',
  /** another program holds it (ModemManager, a terminal, a second Dialdeck) */
  'inUse',
  /** it went away or broke while being asked */
  'lost',
]);
export type PortAnswer = z.infer<typeof PortAnswer>;

/** Answers that mean the probe found no usable modem on the port (each has its own advice). */
export const NO_MODEM_ANSWERS: ReadonlySet<PortAnswer> = new Set(['noModem', 'modemError', 'noAccess', 'inUse', 'lost']);
