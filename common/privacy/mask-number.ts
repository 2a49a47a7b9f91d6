// One number as a masked campaign shows it: "+86 138-0013-8000", "008613800138000" and "13800138000"
// all become "138****8000" (a Chinese number is shown in its national form, as agents know it); a
// mainland landline keeps trunk 0 and area code: "+86 755 8888 6666" → "0755****6666"; a
// foreign one keeps its country code: "+44 20 7946 0018" → "+442******0018". Everything but the head
// and the last four digits is gone, separators included, so the layout tells nothing either.
import { maskDigits } from './mask';

/** National numbers of mainland landlines: Beijing 10, the 2x cities, or a three-digit area code (no 400/800 service numbers). */
const MAINLAND_LANDLINE = /^(?:10|2\d|(?!400|800)[3-9]\d\d)\d{7,8}$/;

export function maskNumber(raw: string): string {
  const compact = raw.normalize('NFKC').replace(/[^\d+]/g, '');
  if (compact === '') return '****';
  const national = /^(\+86|0086)(\d{7,})$/.exec(compact)?.[2];
  // a landline in E.164 is shown as agents write it, trunk 0 and area code first ("0755****6666")
  if (national !== undefined && MAINLAND_LANDLINE.test(national)) return maskMainlandLandline(national);
  return maskDigits(national ?? compact);
}

/**
 * A mainland landline as agents write it: trunk 0 and area code stay, the subscriber number keeps its
 * last four ("0755", "8888 6666" → "0755****6666"; for Beijing the same as maskNumber("010-62345678")).
 */
export function maskLandline(areaCode: string, subscriber: string): string {
  const digits = subscriber.normalize('NFKC').replace(/\D/g, '');
  return areaCode.normalize('NFKC') + (digits.length <= 4 ? '*'.repeat(digits.length) : '*'.repeat(digits.length - 4) + digits.slice(-4));
}

/**
 * A mainland landline from its national number without trunk 0 (what E.164 holds after +86), shown as
 * agents write it: "75588886666" → "0755****6666", "1062345678" → "010****5678". Beijing (10) and the
 * 2x cities have two-digit area codes, every other city three.
 */
export function maskMainlandLandline(national: string): string {
  const areaLength = /^(10|2\d)/.test(national) ? 2 : 3;
  return maskLandline(`0${national.slice(0, areaLength)}`, national.slice(areaLength));
}

/**
 * Digits that look like a number but are none the library knows (a mistyped mobile, a bare local
 * number, an id): the last four stay, at most three lead, and at least three are hidden, so
 * 11 digits look like a mobile ("138****8000") and a 7-digit local number is not shown whole.
 */
export function maskDigitRun(raw: string): string {
  const digits = raw.normalize('NFKC').replace(/\P{Nd}/gu, ''); // any script's digits: none may slip through
  if (digits.length <= 6) return '*'.repeat(digits.length);
  const head = Math.max(0, Math.min(3, digits.length - 8));
  return digits.slice(0, head) + '*'.repeat(digits.length - head - 4) + digits.slice(-4);
}
