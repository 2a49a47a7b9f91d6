import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, NumberType } from 'libphonenumber-js/max';
import { splitExtension } from './split-extension';
import { fastMainlandLandline, fastMainlandMobile } from './mainland-fast-path';
import type { PhoneKind, PhoneParseResult } from './phone-types';

export const DEFAULT_REGION: CountryCode = 'CN';

const KIND_BY_TYPE: Partial<Record<NonNullable<NumberType>, PhoneKind>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'landline',
  FIXED_LINE_OR_MOBILE: 'landline',
  TOLL_FREE: 'tollFree',
  SHARED_COST: 'sharedCost',
};

/** Full-width digits/brackets/plus (common in Chinese spreadsheets) become ASCII; NBSP becomes space. */
function toHalfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

export function normalizePhone(raw: string, region: CountryCode = DEFAULT_REGION): PhoneParseResult {
  const text = toHalfWidth(raw);
  if (text === '') return { ok: false, reason: 'empty', input: raw };
  const { main, extension } = splitExtension(text);
  if (region === 'CN') {
    const fast = (extension ? undefined : fastMainlandMobile(main)) ?? fastMainlandLandline(main, extension);
    if (fast) return { ok: true, phone: fast };
  }
  return fullParse(main, extension, region, raw);
}

/** The library path: every format the fast path does not cover. */
export function fullParse(main: string, extension: string | undefined, region: CountryCode, raw: string): PhoneParseResult {
  if (!/\d/.test(main)) return { ok: false, reason: 'notANumber', input: raw };
  const parsed = parsePhoneNumberFromString(main, region);
  if (!parsed) return { ok: false, reason: 'notANumber', input: raw };
  if (!parsed.isValid()) return { ok: false, reason: 'invalid', input: raw };
  const ext = extension ?? parsed.ext;
  const e164 = parsed.number;
  const type = parsed.getType();
  return {
    ok: true,
    phone: {
      e164,
      national: parsed.nationalNumber,
      ...(ext ? { extension: ext } : {}),
      kind: (type && KIND_BY_TYPE[type]) ?? 'other',
      key: ext ? `${e164};ext=${ext}` : e164,
    },
  };
}

/** Digits only, for matching what an agent types into the search box against stored numbers. */
export function digitsOf(text: string): string {
  return text.normalize('NFKC').replace(/\D/g, '');
}
