import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * IANA zones per calling region. Countries spanning several zones list their main ones: a number
 * there may be dialled only when it is allowed in all of them (we cannot tell which one it is in).
 * Regions not listed use the campaign's fallback zones.
 */
const ZONES_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  CN: ['Asia/Shanghai'],
  HK: ['Asia/Hong_Kong'],
  MO: ['Asia/Macau'],
  TW: ['Asia/Taipei'],
  JP: ['Asia/Tokyo'],
  KR: ['Asia/Seoul'],
  SG: ['Asia/Singapore'],
  MY: ['Asia/Kuala_Lumpur'],
  TH: ['Asia/Bangkok'],
  VN: ['Asia/Ho_Chi_Minh'],
  PH: ['Asia/Manila'],
  IN: ['Asia/Kolkata'],
  AE: ['Asia/Dubai'],
  GB: ['Europe/London'],
  DE: ['Europe/Berlin'],
  FR: ['Europe/Paris'],
  IT: ['Europe/Rome'],
  ES: ['Europe/Madrid'],
  NL: ['Europe/Amsterdam'],
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  CA: ['America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Edmonton', 'America/Vancouver'],
  AU: ['Australia/Sydney', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Perth'],
};

export type CalleeZones =
  | { readonly ok: true; readonly region: string | null; readonly zones: readonly string[] }
  | { readonly ok: false };

/** Zones the callee may be in, from an E.164 number. +86 is the common case and skips the parser. */
export function calleeZones(e164: string, fallbackZones: readonly string[]): CalleeZones {
  if (/^\+861\d{10}$/.test(e164)) return { ok: true, region: 'CN', zones: ZONES_BY_REGION.CN! };
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed || !e164.startsWith('+')) return { ok: false };
  const region = parsed.country ?? null;
  const zones = region === null ? undefined : ZONES_BY_REGION[region];
  return { ok: true, region, zones: zones ?? fallbackZones };
}
