import { fieldValues, intField } from '../fields';
import { signalEvent } from '../probe-parsers';
import { noise, type LineRule } from './rules';

/** `VOICE CALL: END: 000041` - six digits read as hhmmss (000041 = 41 s). */
function durationOf(text: string): number | undefined {
  const m = /(\d{2})(\d{2})(\d{2})/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/**
 * SIMCom (SIM800, SIM7600, A76xx): `VOICE CALL: BEGIN|END[: <duration>]`, `MISSED_CALL: <time> <number>`,
 * `+RXDTMF:`, `+CSQN:` (AUTOCSQ); +CLCC URCs come from the generic rules.
 */
export const SIMCOM_RULES: LineRule[] = [
  {
    key: 'VOICE CALL',
    handle: (p, _b, ctx) => {
      if (/^BEGIN/i.test(p)) ctx.calls.progress('answered');
      else if (/^END/i.test(p)) ctx.calls.ended({ durationSec: durationOf(p) });
    },
  },
  {
    key: 'MISSED_CALL',
    handle: (p, _b, ctx) => {
      const number = p.trim().split(/\s+/).at(-1);
      ctx.calls.ended({ missed: true, cause: 'MISSED', number }, 'incoming');
    },
  },
  { key: '+RXDTMF', handle: (p, _b, ctx) => ctx.calls.dtmf(p.trim()) },
  {
    key: '+CSQN',
    handle: (p, _b, ctx) => {
      const [rssi, ber] = fieldValues(p).map(intField);
      if (rssi !== undefined) ctx.emit(signalEvent(rssi, ber ?? 99));
    },
  },
  // SIM800 with AT+MORING=1
  { key: 'MO RING', handle: (_p, _b, ctx) => ctx.calls.progress('alerting') },
  { key: 'MO CONNECTED', handle: (_p, _b, ctx) => ctx.calls.progress('answered') },
  ...noise('+CPSI', '+CNSMOD', '*ATREADY', '+CLTS'),
];

export const SIMCOM_INIT = ['AT+CLCC=1', 'AT+DDET=1'];
