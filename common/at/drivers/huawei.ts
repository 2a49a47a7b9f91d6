import { fieldValues, intField } from '../fields';
import { signalEvent } from '../probe-parsers';
import { noise, type LineRule } from './rules';

/** 24.008 cc_cause values a user understands; others keep only the number. */
const CC_CAUSES: Readonly<Record<number, string>> = {
  16: 'NORMAL_CLEARING',
  17: 'BUSY',
  18: 'NO_USER_RESPONDING',
  19: 'NO_ANSWER',
  21: 'REJECTED',
  31: 'NORMAL_UNSPECIFIED',
};

/**
 * Huawei dongles (E1550/E173/K3715): `^ORIG:<id>,<type>` dialing, `^CONF:<id>` alerting, `^CONN:<id>,<type>`
 * connected, `^CEND:<id>,<duration>,<end_status>[,<cc_cause>]` released; plus periodic status noise.
 */
export const HUAWEI_RULES: LineRule[] = [
  { key: '^ORIG', handle: (p, _b, ctx) => ctx.calls.progress('dialing', intField(fieldValues(p)[0])) },
  { key: '^CONF', handle: (p, _b, ctx) => ctx.calls.progress('alerting', intField(fieldValues(p)[0])) },
  { key: '^CONN', handle: (p, _b, ctx) => ctx.calls.progress('answered', intField(fieldValues(p)[0])) },
  {
    key: '^CEND',
    handle: (p, _b, ctx) => {
      const [callId, durationSec, endStatus, ccCause] = fieldValues(p).map(intField);
      const cause = ccCause === undefined ? undefined : CC_CAUSES[ccCause];
      ctx.calls.ended({ callId, durationSec, endStatus, ccCause, cause });
    },
  },
  {
    key: '^RSSI',
    handle: (p, _b, ctx) => {
      const rssi = intField(fieldValues(p)[0]);
      if (rssi !== undefined) ctx.emit(signalEvent(rssi, 99));
    },
  },
  { key: '^DDTMF', handle: (p, _b, ctx) => ctx.calls.dtmf(p.trim()) },
  {
    key: '^BOOT',
    // Huawei also sends ^BOOT periodically as a keep-alive, so it alone proves nothing: the session checks.
    handle: (_p, _b, ctx, command) => {
      if (command === undefined) ctx.actions.restartSuspected('^BOOT');
    },
  },
  { key: '^SYSSTART', handle: (_p, _b, ctx) => ctx.actions.restarted('^SYSSTART') },
  ...noise('^MODE', '^SRVST', '^SIMST', '^DSFLOWRPT', '^SMMEMFULL', '^HCSQ', '^RSSILVL', '^STIN', '^CSNR', '^EARST', '^NDISSTAT'),
];

/** `AT^CVOICE?` (voice capability) is asked by the session's voice detection (voice-control.ts). */
export const HUAWEI_INIT = ['AT^CURC=0'];
