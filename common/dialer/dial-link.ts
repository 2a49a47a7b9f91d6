// tel:, callto: and sip: links handed to Dialdeck by the OS (a second instance's argv or macOS open-url).
// Only the number is kept; parameters such as ;phone-context or ?body are dropped, and anything that is
// not a plausible dial string is ignored.

const linkSchemes = /^(tel|callto|sip):(\/\/)?/i;
const dialable = /^\+?[0-9*#]{3,32}$/;

export function parseDialLink(raw: string): string | null {
  if (!linkSchemes.test(raw)) return null;
  let body = raw.replace(linkSchemes, '');
  body = body.split(/[;?]/)[0] ?? '';
  try {
    body = decodeURIComponent(body);
  } catch {
    return null;
  }
  if (/^sip:/i.test(raw)) body = body.split('@')[0] ?? '';
  const digits = body.replace(/[\s().-]/g, '');
  return dialable.test(digits) ? digits : null;
}

/** The first dial link among command-line arguments, as Windows/Linux pass it to a second instance. */
export function findDialLink(argv: readonly string[]): string | null {
  for (const arg of argv) {
    const number = parseDialLink(arg);
    if (number) return number;
  }
  return null;
}
