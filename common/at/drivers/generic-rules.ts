import type { CallDirection, CallStateName } from '../events';
import type { CallSnapshot } from '../calls/call-tracker';
import { fieldValues, intField, splitFields } from '../fields';
import { isRegistrationUrc, operatorName, registrationName, registrationStat, signalEvent } from '../probe-parsers';
import { defaultIsUrc, noise, type DriverContext, type LineRule } from './rules';

const CLCC_STATES: Readonly<Record<number, CallStateName>> = {
  0: 'active',
  1: 'held',
  2: 'dialing',
  3: 'alerting',
  4: 'incoming',
  5: 'waiting',
  6: 'released',
};

/** `<id>,<dir>,<stat>,<mode>,<mpty>[,<number>,<type>...]` (27.007 +CLCC layout, also +QIND "ccinfo"). */
export function parseClcc(values: string[]): CallSnapshot | undefined {
  const callId = intField(values[0]);
  const dir = intField(values[1]);
  const stat = intField(values[2]);
  if (callId === undefined || dir === undefined || stat === undefined) return undefined;
  const state: CallStateName = stat < 0 ? 'released' : (CLCC_STATES[stat] ?? 'active');
  const direction: CallDirection = dir === 1 ? 'incoming' : 'outgoing';
  const numberType = intField(values[6]);
  return { callId, direction, state, number: values[5] ?? '', ...(numberType === undefined ? {} : { numberType }) };
}

/** Quoted first field = the unsolicited form; the answer to AT+CLIP?/AT+CCWA=1,2 starts with a number. */
const quotedFirst = (params: string): boolean => splitFields(params)[0]?.quoted ?? false;

function registration(key: string): LineRule {
  return {
    key,
    isUrc: (params, inflight) => inflight !== key || isRegistrationUrc(params),
    handle: (params, _body, ctx, command) => {
      const stat = registrationStat(params, command === undefined);
      if (stat !== undefined) ctx.emit({ type: 'deviceInfo', field: 'registration', value: registrationName(stat) });
    },
  };
}

const ring = (_params: string, _body: string[], ctx: DriverContext): void => ctx.calls.ring();

/** 3GPP 27.007 / 27.005 lines every family shares. */
export const GENERIC_RULES: LineRule[] = [
  { key: 'RING', handle: ring },
  { key: '+CRING', handle: ring },
  {
    key: '+CLIP',
    isUrc: quotedFirst,
    handle: (params, _body, ctx) => {
      const f = fieldValues(params);
      if (!quotedFirst(params)) return;
      ctx.calls.callerId({ number: f[0] ?? '', numberType: intField(f[1]) });
    },
  },
  {
    key: '+CCWA',
    isUrc: quotedFirst,
    handle: (params, _body, ctx) => {
      const f = fieldValues(params);
      if (quotedFirst(params)) ctx.calls.waiting(f[0] ?? '', intField(f[1]));
    },
  },
  {
    key: '+CLCC',
    isUrc: defaultIsUrc('+CLCC'),
    // Answers to AT+CLCC are handled as a whole list (see GsmDriver); a URC is one call's news.
    handle: (params, _body, ctx, command) => {
      if (command !== undefined) return;
      const snapshot = parseClcc(fieldValues(params));
      if (snapshot) ctx.calls.snapshot([snapshot], false);
    },
  },
  {
    key: '+CSQ',
    isUrc: defaultIsUrc('+CSQ'),
    handle: (params, _body, ctx) => {
      const [rssi, ber] = fieldValues(params).map(intField);
      if (rssi !== undefined) ctx.emit(signalEvent(rssi, ber ?? 99));
    },
  },
  {
    key: '+CPIN',
    isUrc: defaultIsUrc('+CPIN'),
    handle: (params, _body, ctx, command) => {
      const status = params.replace(/"/g, '').trim().toUpperCase();
      ctx.emit({ type: 'simStatus', status });
      // Unasked, READY means the module (or its SIM) just came up: its configuration is gone.
      if (command === undefined && status === 'READY') ctx.actions.restarted('+CPIN: READY');
    },
  },
  registration('+CREG'),
  registration('+CGREG'),
  registration('+CEREG'),
  {
    key: '+COPS',
    isUrc: defaultIsUrc('+COPS'),
    handle: (params, _body, ctx) => {
      const name = operatorName(params);
      if (name) ctx.emit({ type: 'deviceInfo', field: 'operator', value: name });
    },
  },
  {
    key: '+CIEV',
    handle: (params, _body, ctx) => {
      const [name = '', value = ''] = fieldValues(params);
      ctx.emit({ type: 'indicator', name, value });
    },
  },
  ...['+CMTI', '+CDSI'].map<LineRule>((key) => ({
    key,
    handle: (params, _body, ctx) => {
      const [storage = '', indexText] = fieldValues(params);
      const index = intField(indexText);
      if (index === undefined) return;
      ctx.emit({ type: 'smsStored', storage, index });
      ctx.actions.readStoredSms(storage, index);
    },
  })),
  {
    key: '+CMT',
    bodyLines: () => 1,
    handle: (params, body, ctx) => {
      ctx.sms.delivered(params, body[0] ?? '');
      ctx.actions.acknowledgeSms();
    },
  },
  {
    key: '+CDS',
    // PDU form `+CDS: <length>` has a body line; text form carries everything on one line.
    bodyLines: (params) => (splitFields(params).length <= 2 ? 1 : 0),
    handle: (params, body, ctx) => {
      if (body[0]) ctx.sms.statusReport(body[0]);
    },
  },
  {
    key: '+CMGR',
    isUrc: () => false,
    bodyLines: () => 1,
    handle: (params, body, ctx, command) => {
      const index = intField(/=(\d+)/.exec(command ?? '')?.[1]);
      ctx.sms.stored(params, body[0] ?? '', index);
    },
  },
  {
    key: '+CMGL',
    isUrc: () => false,
    bodyLines: () => 1,
    handle: (params, body, ctx) => ctx.sms.stored(fieldValues(params).slice(1).join(','), body[0] ?? '', intField(fieldValues(params)[0])),
  },
  {
    key: '+DTMF',
    handle: (params, _body, ctx) => ctx.calls.dtmf(params.trim()),
  },
  { key: 'RDY', handle: (_params, _body, ctx) => ctx.actions.restarted('RDY') },
  {
    key: '+CFUN',
    isUrc: defaultIsUrc('+CFUN'),
    handle: (params, _body, ctx, command) => {
      // +CFUN: 1 unasked = booted to full functionality; other levels are the way down, not a fresh start.
      if (command === undefined && params.trim() === '1') ctx.actions.restarted('+CFUN: 1');
    },
  },
  ...noise('POWERED DOWN', '+CUSD', '+CSSI', '+CSSU', 'Call Ready', 'SMS Ready', 'SMS DONE', 'PB DONE', '+CTZV', '+CTZE', '*PSUTTZ', 'DST', '+CGEV'),
];
