/**
 * SMS timestamps -> ISO 8601 with the sender's offset. Both come with the zone in quarter hours:
 * PDU SCTS (7 nibble-swapped octets) and text mode "yy/MM/dd,hh:mm:ss+zz" or Quectel's
 * "yyyy/MM/dd hh:mm:ss+zz".
 */
const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number, h: number, m: number, s: number, quarters: number): string {
  const sign = quarters < 0 ? '-' : '+';
  const minutes = Math.abs(quarters) * 15;
  const fullYear = year < 100 ? (year < 80 ? 2000 + year : 1900 + year) : year;
  return `${fullYear}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const swappedDecimal = (b: number): number => (b & 0x0f) * 10 + (b >> 4);

export function decodeScts(octets: Uint8Array): string {
  const [yy, mo, dd, hh, mi, ss, tz] = [...octets].map((b) => b ?? 0);
  const tzByte = tz ?? 0;
  const quarters = ((tzByte & 0x07) * 10 + (tzByte >> 4)) * (tzByte & 0x08 ? -1 : 1);
  return iso(
    swappedDecimal(yy ?? 0),
    swappedDecimal(mo ?? 0),
    swappedDecimal(dd ?? 0),
    swappedDecimal(hh ?? 0),
    swappedDecimal(mi ?? 0),
    swappedDecimal(ss ?? 0),
    quarters,
  );
}

/** Returns undefined when the text is not a recognisable timestamp (keeps the message, loses only the date). */
export function parseTextTimestamp(text: string): string | undefined {
  const m = /^(\d{2}|\d{4})\/(\d{2})\/(\d{2})[, ](\d{2}):(\d{2}):(\d{2})(?:([+-])(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const quarters = m[7] === '-' ? -n(8) : n(8);
  return iso(n(1), n(2), n(3), n(4), n(5), n(6), quarters);
}
