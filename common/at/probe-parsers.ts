import type { GatewayEvent } from './events';
import { fieldValues, intField, splitFields, splitPrefix } from './fields';

/** 27.007 CSQ scale: 0..31 -> -113..-51 dBm, 99 unknown. Also used by ^RSSI and +QIND "csq". */
export function signalEvent(rssi: number, ber: number): GatewayEvent {
  const dbm = rssi >= 0 && rssi <= 31 ? -113 + 2 * rssi : null;
  return { type: 'signal', rssi, ber, dbm };
}

const REGISTRATION: Readonly<Record<number, string>> = {
  0: 'not registered',
  1: 'home',
  2: 'searching',
  3: 'denied',
  4: 'unknown',
  5: 'roaming',
  6: 'home (SMS only)',
  7: 'roaming (SMS only)',
  8: 'emergency only',
  9: 'home (CSFB not preferred)',
  10: 'roaming (CSFB not preferred)',
  11: 'emergency only',
};

/** Roaming counts as registered (TinyGSM #654 looped forever on `+CREG: 0,5`). */
export const isRegistered = (stat: number): boolean => [1, 5, 6, 7, 9, 10].includes(stat);

/**
 * `+CREG: <n>,<stat>[,<lac>,<ci>[,<act>]]` (answer) vs `+CREG: <stat>[,<lac>,<ci>[,<act>]]` (URC). A URC has
 * 1 or 3 fields, or a quoted LAC as its 2nd field; everything else is read as an answer.
 */
export function isRegistrationUrc(params: string): boolean {
  const fields = splitFields(params);
  return fields.length === 1 || fields.length === 3 || (fields[1]?.quoted ?? false);
}

export function registrationStat(params: string, urc: boolean): number | undefined {
  const values = fieldValues(params);
  return intField(urc ? values[0] : values[1]);
}

export function registrationName(stat: number): string {
  return REGISTRATION[stat] ?? `stat ${stat}`;
}

/** `+COPS: <mode>[,<format>,"<oper>"[,<act>]]`, tolerating the malformed quotes seen in the wild. */
export function operatorName(params: string): string | undefined {
  const name = splitFields(params)[2]?.value.trim();
  return name ? name : undefined;
}

/** ATI/+CGMI/+CGMM/+CGMR/+CGSN bodies: no prefix on most modules, some print `+CGMI: ...` or quotes. */
export function identificationValue(lines: string[]): string {
  return lines
    .map((line) => splitPrefix(line)?.params ?? line)
    .map((v) => v.replace(/^"|"$/g, '').trim())
    .filter(Boolean)
    .join(' ');
}

export const IDENTIFICATION_FIELDS: ReadonlyArray<[RegExp, string]> = [
  [/^AT\+(CGMI|GMI)$/i, 'manufacturer'],
  [/^AT\+(CGMM|GMM)$/i, 'model'],
  [/^AT\+(CGMR|GMR)$/i, 'firmware'],
  [/^AT\+(CGSN|GSN)$/i, 'imei'],
  [/^AT\+CIMI$/i, 'imsi'],
];

/** CME codes that are really a SIM status (many modules answer AT+CPIN? this way without a SIM). */
export const SIM_STATUS_BY_CME: Readonly<Record<number, string>> = {
  10: 'NOT INSERTED',
  13: 'SIM FAILURE',
  14: 'SIM BUSY',
  15: 'SIM WRONG',
};
