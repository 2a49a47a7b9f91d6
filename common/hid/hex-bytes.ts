// Hex text as people paste it (hid-tools dumps, "05 0b 09 05", "0x05,0x0b") to bytes, with a clear error.

export type HexResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

export function parseHexBytes(text: string): HexResult {
  const compact = text.replace(/0x/gi, '').replace(/[\s,:]+/g, '');
  if (compact.length === 0) return { ok: false, reason: 'no hex digits given' };
  const bad = compact.search(/[^0-9a-f]/i);
  if (bad >= 0) return { ok: false, reason: `not a hex digit: "${compact[bad]}"` };
  if (compact.length % 2 !== 0) return { ok: false, reason: `odd number of hex digits (${compact.length})` };
  const bytes = new Uint8Array(compact.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(compact.slice(2 * i, 2 * i + 2), 16);
  return { ok: true, bytes };
}
