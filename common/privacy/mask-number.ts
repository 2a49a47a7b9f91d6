// One number as a masked campaign shows it: "+86 138-0013-8000", "008613800138000" and "13800138000"
// all become "138****8000" (a Chinese number is shown in its national form, as agents know it); a
// foreign one keeps its country code: "+44 20 7946 0018" → "+442******0018". Everything but the head
// and the last four digits is gone, separators included, so the layout tells nothing either.
import { maskDigits } from './mask';

export function maskNumber(raw: string): string {
  const compact = raw.normalize('NFKC').replace(/[^\d+]/g, '');
  if (compact === '') return '****';
  const national = /^(\+86|0086)(\d{7,})$/.exec(compact)?.[2];
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
