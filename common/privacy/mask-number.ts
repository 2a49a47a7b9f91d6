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
