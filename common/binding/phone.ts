// Every real number and X number is stored and compared in E.164, so "+86 138-0013-8000" and
// "13800138000" are the same party for the collision rule.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export const DEFAULT_REGION: CountryCode = 'CN';

export type E164Result = { ok: true; e164: string } | { ok: false; reason: string };

export function toE164(raw: string, region: CountryCode = DEFAULT_REGION): E164Result {
  const parsed = parsePhoneNumberFromString(raw.trim(), region);
  if (!parsed) return { ok: false, reason: `"${raw}" is not a phone number` };
  if (!parsed.isValid()) return { ok: false, reason: `"${raw}" is not a valid number for its region` };
  return { ok: true, e164: parsed.number };
}
