// Readable grouping for stored E.164 numbers: +8613800138000 → 138 0013 8000, +861065529988 → 010 6552 9988.
const TWO_DIGIT_AREAS = /^(10|2\d)/;

function groupChina(national: string): string {
  if (/^1\d{10}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^(400|800)\d{7}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  const area = TWO_DIGIT_AREAS.test(national) ? 2 : 3;
  const rest = national.slice(area);
  const half = Math.ceil(rest.length / 2);
  return `0${national.slice(0, area)} ${rest.slice(0, half)} ${rest.slice(half)}`.trim();
}

/** `extLabel` is the UI's word for an extension (转 / ext.). */
export function formatPhone(e164: string | null | undefined, extension?: string, extLabel = 'ext.'): string {
  if (!e164) return '';
  const base = e164.startsWith('+86') ? groupChina(e164.slice(3)) : e164;
  return extension ? `${base} ${extLabel} ${extension}` : base;
}

/** A number as the agent reads it: grouped, except masked text, kept exactly as masked (grouping would scramble 138****0051). */
export function shownNumber(display: string, masked: boolean): string {
  return masked ? display : formatPhone(display);
}
