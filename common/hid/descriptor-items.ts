// Splits a HID report descriptor into items (HID 1.11 §6.2.2.2). Pure byte work, no semantics.

export type ItemType = 'main' | 'global' | 'local' | 'reserved';

export interface DescriptorItem {
  readonly type: ItemType;
  /** 4-bit tag within its type. */
  readonly tag: number;
  /** Data bytes, little-endian, 0..4 of them. */
  readonly size: number;
  readonly unsigned: number;
  readonly signed: number;
  /** Byte offset of the item's prefix, for error messages. */
  readonly offset: number;
}

export type ItemsResult =
  | { readonly ok: true; readonly items: readonly DescriptorItem[] }
  | { readonly ok: false; readonly reason: string };

const TYPES: readonly ItemType[] = ['main', 'global', 'local', 'reserved'];
const LONG_ITEM_PREFIX = 0xfe;

export function tokenizeDescriptor(bytes: Uint8Array): ItemsResult {
  const items: DescriptorItem[] = [];
  let i = 0;
  while (i < bytes.length) {
    const prefix = bytes[i]!;
    if (prefix === LONG_ITEM_PREFIX) {
      // Long items carry vendor data that no telephony usage relies on: skip them whole.
      const dataSize = bytes[i + 1];
      if (dataSize === undefined || i + 3 + dataSize > bytes.length) {
        return { ok: false, reason: `truncated long item at byte ${i}` };
      }
      i += 3 + dataSize;
      continue;
    }
    const sizeCode = prefix & 0x03;
    const size = sizeCode === 3 ? 4 : sizeCode;
    if (i + 1 + size > bytes.length) {
      return { ok: false, reason: `truncated item 0x${hex2(prefix)} at byte ${i}` };
    }
    let unsigned = 0;
    for (let b = 0; b < size; b++) unsigned += bytes[i + 1 + b]! * 2 ** (8 * b);
    items.push({
      type: TYPES[(prefix >> 2) & 0x03]!,
      tag: prefix >> 4,
      size,
      unsigned,
      signed: toSigned(unsigned, size),
      offset: i,
    });
    i += 1 + size;
  }
  return { ok: true, items };
}

function toSigned(value: number, size: number): number {
  if (size === 0) return 0;
  const bits = size * 8;
  const half = 2 ** (bits - 1);
  return value >= half ? value - 2 ** bits : value;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}
