import { parsePhoneNumberFromString, Metadata } from 'libphonenumber-js/max';
import type { CountryCode, NumberType } from 'libphonenumber-js/max';
import { splitExtension } from './splitExtension';
import type { NormalizedPhone, PhoneKind, PhoneParseResult } from './phoneTypes';

export const DEFAULT_REGION: CountryCode = 'CN';

const KIND_BY_TYPE: Partial<Record<NonNullable<NumberType>, PhoneKind>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'landline',
  FIXED_LINE_OR_MOBILE: 'landline',
  TOLL_FREE: 'tollFree',
  SHARED_COST: 'sharedCost',
};

/**
 * Full parses cost ~20 µs, too slow for million-row imports where nearly every cell is a plain
 * mainland mobile. For those we test the library's own CN mobile pattern directly; a property
 * test keeps this shortcut identical to the full parse.
 */
const CN_MOBILE = mobilePatternOf('CN');
const CN_MOBILE_WITH_PREFIX = /^(?:\+86|0086|86)?(1\d{10})$/;

function mobilePatternOf(region: CountryCode): RegExp | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  // `type()` is untyped public-but-undocumented API; without it we simply always take the full parse.
  const plan = metadata.numberingPlan as unknown as { type?: (t: string) => { pattern(): string } | undefined };
  const pattern = plan.type?.('MOBILE')?.pattern();
  return pattern ? new RegExp(`^(?:${pattern})$`) : undefined;
}

/** Full-width digits/brackets/plus (common in Chinese spreadsheets) become ASCII; NBSP becomes space. */
function toHalfWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

function fastMainlandMobile(main: string): NormalizedPhone | undefined {
  if (!CN_MOBILE) return undefined;
  const compact = main.replace(/[\s\-().]/g, '');
  const national = CN_MOBILE_WITH_PREFIX.exec(compact)?.[1];
  if (!national || !CN_MOBILE.test(national)) return undefined;
  const e164 = `+86${national}`;
  return { e164, national, kind: 'mobile', key: e164 };
}

export function normalizePhone(raw: string, region: CountryCode = DEFAULT_REGION): PhoneParseResult {
  const text = toHalfWidth(raw);
  if (text === '') return { ok: false, reason: 'empty', input: raw };
  const { main, extension } = splitExtension(text);
  if (!extension && region === 'CN') {
    const fast = fastMainlandMobile(main);
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
