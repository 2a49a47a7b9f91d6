// Every real number and X number is stored and compared in E.164, so "+86 138-0013-8000" and
// "13800138000" are the same party for the collision rule.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fastMainlandMobile } from '../phone/mainland-fast-path';

export const DEFAULT_REGION: CountryCode = 'CN';

export type E164Result = { ok: true; e164: string } | { ok: false; reason: string };

// Parsing with full metadata costs ~10 µs, and the server parses the same X numbers on every
// route lookup; results are pure, so a bounded memo answers repeats without re-parsing.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, E164Result>();

export function toE164(raw: string, region: CountryCode = DEFAULT_REGION): E164Result {
  const key = `${region}|${raw}`;
  let r = memo.get(key);
  if (!r) {
    r = parse(raw, region);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, r);
  }
  return r;
}

/** Already E.164 and a mainland mobile by the library's own CN pattern: a full parse would give it back unchanged. */
const E164_MAINLAND_MOBILE = /^\+861\d{10}$/;

function parse(raw: string, region: CountryCode): E164Result {
  // every bind parses two fresh numbers, nearly always canonical mainland mobiles: skip the 10-20 µs parse
  if (E164_MAINLAND_MOBILE.test(raw) && fastMainlandMobile(raw)) return { ok: true, e164: raw };
  const parsed = parsePhoneNumberFromString(raw.trim(), region);
  if (!parsed) return { ok: false, reason: `"${raw}" is not a phone number` };
  if (!parsed.isValid()) return { ok: false, reason: `"${raw}" is not a valid number for its region` };
  return { ok: true, e164: parsed.number };
}
