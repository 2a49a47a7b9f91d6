import { Metadata } from 'libphonenumber-js/max';
import type { NormalizedPhone } from './phone-types';

/**
 * A full libphonenumber parse costs 20-35 µs, too slow for million-row imports where nearly every
 * cell is a plain mainland mobile or landline. For those two shapes we test the library's own CN
 * patterns directly; property tests keep both shortcuts identical to the full parse. Anything
 * else (other countries, service numbers, odd prefixes) returns undefined and takes the full parse.
 */
interface TypePattern {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

type PlanType = { pattern(): string; possibleLengths?(): number[] | undefined } | undefined;

function typeOf(plan: { type?: (t: string) => PlanType }, type: string): TypePattern | undefined {
  // `type()` is public-but-undocumented API; without it we simply always take the full parse
  const source = plan.type?.(type)?.pattern();
  return source ? { pattern: new RegExp(`^(?:${source})$`), lengths: plan.type?.(type)?.possibleLengths?.() } : undefined;
}

// Built on first use, not at import: the renderer reaches this module through the IPC contract but
// never normalises numbers itself, and a top-level call would keep the full metadata in its bundle.
let patterns: { MOBILE: TypePattern | undefined; FIXED_LINE: TypePattern | undefined } | undefined;
function cnPatterns() {
  if (!patterns) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan('CN');
    const plan = metadata.numberingPlan as unknown as { type?: (t: string) => PlanType };
    patterns = { MOBILE: typeOf(plan, 'MOBILE'), FIXED_LINE: typeOf(plan, 'FIXED_LINE') };
  }
  return patterns;
}

const SEPARATORS = /[\s\-().]/g;
const MOBILE_WITH_PREFIX = /^(?:\+86|0086|86)?(1\d{10})$/;
/** Trunk 0 or the country code, never bare digits: a leading 1x could be a carrier selection code. */
const LANDLINE_WITH_PREFIX = /^(?:\+86|0086|0)([2-9]\d{6,10}|10\d{5,9})$/;

function matches(type: TypePattern | undefined, national: string): boolean {
  return type !== undefined && (type.lengths === undefined || type.lengths.includes(national.length)) && type.pattern.test(national);
}

export function fastMainlandMobile(main: string): NormalizedPhone | undefined {
  const national = MOBILE_WITH_PREFIX.exec(main.replace(SEPARATORS, ''))?.[1];
  if (!national || !matches(cnPatterns().MOBILE, national)) return undefined;
  const e164 = `+86${national}`;
  return { e164, national, kind: 'mobile', key: e164 };
}

/** The library checks FIXED_LINE first and calls a number matching both patterns FIXED_LINE_OR_MOBILE (landline to us). */
export function fastMainlandLandline(main: string, extension: string | undefined): NormalizedPhone | undefined {
  const national = LANDLINE_WITH_PREFIX.exec(main.replace(SEPARATORS, ''))?.[1];
  if (!national || !matches(cnPatterns().FIXED_LINE, national)) return undefined;
  const e164 = `+86${national}`;
  return extension ? { e164, national, extension, kind: 'landline', key: `${e164};ext=${extension}` } : { e164, national, kind: 'landline', key: e164 };
}
