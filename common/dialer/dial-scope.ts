// Which dials the compliance check (DNC, calling hours, frequency caps) applies to: anything that
// reaches a public phone number. A colleague's extension (1002) or a SIP address (bob@pbx) is an
// internal call; checking it against calling hours would stop an agent from calling their supervisor
// at 21:05. A SIP address whose user part is a phone number (13800138000@gw) is a public call.

const MIN_PUBLIC_DIGITS = 7;

/** The phone number a dial string would reach on the public network, or null for internal targets. */
export function publicNumberOf(dialText: string): string | null {
  const text = dialText.normalize('NFKC').trim().replace(/^sips?:/i, '');
  const user = text.split('@')[0] ?? '';
  const compact = user.replace(/[\s().\-/]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return null;
  return compact.replace(/^\+/, '').length >= MIN_PUBLIC_DIGITS ? compact : null;
}
