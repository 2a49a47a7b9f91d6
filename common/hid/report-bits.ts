// Bit access in a report payload, LSB first across bytes (HID 1.11 §5.8: little-endian bit order).

export function readBits(payload: Uint8Array, bitOffset: number, bitSize: number): number {
  let value = 0;
  const width = Math.min(bitSize, 32);
  for (let i = 0; i < width; i++) {
    const bit = bitOffset + i;
    const byte = payload[bit >> 3];
    if (byte === undefined) break; // a short report reads as zeros rather than failing the whole report
    if ((byte >> (bit & 7)) & 1) value += 2 ** i;
  }
  return value;
}

export function readSigned(payload: Uint8Array, bitOffset: number, bitSize: number): number {
  const raw = readBits(payload, bitOffset, bitSize);
  const width = Math.min(bitSize, 32);
  return raw >= 2 ** (width - 1) ? raw - 2 ** width : raw;
}

export function writeBits(payload: Uint8Array, bitOffset: number, bitSize: number, value: number): void {
  for (let i = 0; i < Math.min(bitSize, 32); i++) {
    const bit = bitOffset + i;
    const index = bit >> 3;
    if (index >= payload.length) return;
    const mask = 1 << (bit & 7);
    if (Math.floor(value / 2 ** i) % 2) payload[index]! |= mask;
    else payload[index]! &= ~mask;
  }
}
