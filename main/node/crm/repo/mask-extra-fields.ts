// A masked customer's imported extra columns (备用电话, 紧急联系人电话, 微信, QQ …) often hold numbers too:
// every number in them is masked before the card leaves the DB worker, as the card's own phones are.
// libphonenumber finds the numbers it knows (mobiles, landlines with area code, +86/0086, spaces and
// dashes, numbers inside Chinese text); any other run of 7+ digits is masked as well, because a
// mistyped mobile, a bare local number or a "QQ/wxid" id is a number an agent could call. Dates in
// their written forms (2026-11-24, 2026/11/24, 2026年11月24日) stay readable.
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { maskDigitRun, maskNumber } from '../../../../common/privacy/mask-number';

const DIGIT = '[0-9０-９]';
/** Year-month-day with one separator used twice; a compact 20261124 is masked (a Beijing number looks the same). */
const DATE = new RegExp(
  `(?<!${DIGIT})(?:19|20|１９|２０)${DIGIT}{2}([-/.－／．])${DIGIT}{1,2}\\1${DIGIT}{1,2}(?!${DIGIT})`,
  'g',
);
/** Digits with at most two separators between them ("138 - 0013", "(0755)8888"), optionally after a +. */
const DIGIT_RUN = /[+＋]?\p{Nd}(?:[\s\-.()（）－．]{0,2}\p{Nd})*/gu;

function maskDigitRuns(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.normalize('NFKC').replace(/\P{Nd}/gu, '');
    return digits.length < 7 ? run : (/^[+＋]/.test(run) ? '+' : '') + maskDigitRun(digits);
  });
}

/** Text between numbers the library found: dates are kept, other digit runs masked. */
function maskLeftover(text: string): string {
  let out = '';
  let from = 0;
  for (const date of text.matchAll(DATE)) {
    out += maskDigitRuns(text.slice(from, date.index)) + date[0];
    from = date.index + date[0].length;
  }
  return out + maskDigitRuns(text.slice(from));
}

/** Every phone-number-looking part of `text` masked in place; the words around it stay. */
export function maskNumbersInText(text: string): string {
  if (!/\p{Nd}/u.test(text)) return text;
  let out = '';
  let from = 0;
  for (const found of findPhoneNumbersInText(text, { defaultCountry: 'CN' })) {
    // maskNumber keeps a mainland landline's area code (0755****6666), as the card's own phones show it
    out += maskLeftover(text.slice(from, found.startsAt)) + maskNumber(found.number.number);
    from = found.endsAt;
  }
  return out + maskLeftover(text.slice(from));
}

/**
 * A masked customer's extra fields as the page may see them. Headers are masked too (a list imported
 * without its header row has a customer's number as a column name); two headers that mask alike keep
 * both values, the second as "header (2)".
 */
export function maskExtraFields(extra: Readonly<Record<string, string>>): Record<string, string> {
  const masked = new Map<string, string>();
  for (const [header, value] of Object.entries(extra)) {
    const base = maskNumbersInText(header);
    let name = base;
    for (let n = 2; masked.has(name); n++) name = `${base} (${n})`;
    masked.set(name, maskNumbersInText(String(value)));
  }
  return Object.fromEntries(masked);
}

/** A masked customer's name or company as the page gets it: a misaligned import puts numbers there too ("王总13912345678"). */
export function maskedText(text: string, masked: boolean): string {
  return masked ? maskNumbersInText(text) : text;
}
