/** GSM 03.38 default alphabet and its extension table (reached through ESC 0x1B). */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

const EXTENSION: Readonly<Record<number, string>> = {
  0x0a: '\f',
  0x14: '^',
  0x28: '{',
  0x29: '}',
  0x2f: '\\',
  0x3c: '[',
  0x3d: '~',
  0x3e: ']',
  0x40: '|',
  0x65: '€',
};

const ESC = 0x1b;
const BASIC_INDEX = new Map([...BASIC].map((ch, i) => [ch, i] as const));
const EXTENSION_INDEX = new Map(Object.entries(EXTENSION).map(([code, ch]) => [ch, Number(code)] as const));

/** Septet values -> text, resolving ESC sequences. */
export function septetsToText(septets: readonly number[]): string {
  let text = '';
  for (let i = 0; i < septets.length; i++) {
    const s = septets[i] ?? 0;
    if (s === ESC && i + 1 < septets.length) {
      const next = septets[++i] ?? 0;
      text += EXTENSION[next] ?? BASIC.charAt(next);
    } else {
      text += BASIC.charAt(s);
    }
  }
  return text;
}

/** Text -> septet values, or null when a character has no GSM 7-bit form (then UCS2 is needed). */
export function textToSeptets(text: string): number[] | null {
  const septets: number[] = [];
  for (const ch of text) {
    const basic = BASIC_INDEX.get(ch);
    if (basic !== undefined && basic !== ESC) {
      septets.push(basic);
      continue;
    }
    const ext = EXTENSION_INDEX.get(ch);
    if (ext === undefined) return null;
    septets.push(ESC, ext);
  }
  return septets;
}

/** Unpacks `count` septets from octets, skipping `fillBits` leading bits (UDH alignment). */
export function unpackSeptets(octets: Uint8Array, count: number, fillBits = 0): number[] {
  const septets: number[] = [];
  for (let n = 0; n < count; n++) {
    const bit = fillBits + n * 7;
    const byte = bit >> 3;
    const shift = bit & 7;
    const word = (octets[byte] ?? 0) | ((octets[byte + 1] ?? 0) << 8);
    septets.push((word >> shift) & 0x7f);
  }
  return septets;
}

/** Packs septets into octets after `fillBits` zero bits. */
export function packSeptets(septets: readonly number[], fillBits = 0): Uint8Array {
  const out = new Uint8Array(Math.ceil((fillBits + septets.length * 7) / 8));
  septets.forEach((s, n) => {
    const bit = fillBits + n * 7;
    const byte = bit >> 3;
    const shift = bit & 7;
    out[byte] = (out[byte] ?? 0) | ((s << shift) & 0xff);
    if (shift > 1 && byte + 1 < out.length) out[byte + 1] = (out[byte + 1] ?? 0) | (s >> (8 - shift));
  });
  return out;
}
