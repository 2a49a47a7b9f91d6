import type { CallStateName } from '../events';
import { fieldValues, intField } from '../fields';
import { signalEvent } from '../probe-parsers';
import { parseClcc } from './generic-rules';
import { noise, type LineRule } from './rules';

/** ^DSCI stat numbering differs from +CLCC (chan_quectel map_dsci). */
const DSCI_STATES: Readonly<Record<number, CallStateName>> = {
  0: 'active',
  1: 'held',
  2: 'dialing',
  3: 'active',
  4: 'incoming',
  5: 'waiting',
  6: 'released',
  7: 'alerting',
};

/**
 * Quectel (EC2x/EG9x/UC15/M35): `^DSCI: <id>,<dir>,<stat>,<type>,<number>,<toa>` and
 * `+QIND: "ccinfo",<clcc fields>` (-1 = released), `+QIND: "csq"`, `+QTONEDET: <ascii>`.
 */
export const QUECTEL_RULES: LineRule[] = [
  {
    key: '^DSCI',
    handle: (p, _b, ctx) => {
      const f = fieldValues(p);
      const callId = intField(f[0]);
      const stat = intField(f[2]);
      if (callId === undefined || stat === undefined) return;
      const direction = intField(f[1]) === 1 ? 'incoming' : 'outgoing';
      const numberType = intField(f[5]);
      ctx.calls.snapshot([{ callId, direction, state: DSCI_STATES[stat] ?? 'active', number: f[4] ?? '', ...(numberType === undefined ? {} : { numberType }) }], false);
    },
  },
  {
    key: '+QIND',
    handle: (p, _b, ctx, command) => {
      const [kind = '', ...rest] = fieldValues(p);
      if (kind === 'ccinfo') {
        const snapshot = parseClcc(rest);
        if (snapshot) ctx.calls.snapshot([snapshot], false);
      } else if (kind === 'csq') {
        const [rssi, ber] = rest.map(intField);
        if (rssi !== undefined) ctx.emit(signalEvent(rssi, ber ?? 99));
      } else if (/^SMS DONE|^PB DONE/i.test(kind) || command !== undefined) {
        // initialisation progress; nothing to report
      }
    },
  },
  {
    key: '+QTONEDET',
    handle: (p, _b, ctx) => {
      const code = intField(p);
      if (code !== undefined) ctx.calls.dtmf(String.fromCharCode(code));
    },
  },
  ...noise('+QUSIM', '+QINISTAT'),
];

export const QUECTEL_INIT = ['AT^DSCI=1', 'AT+QINDCFG="ccinfo",1,0', 'AT+QTONEDET=1'];
