// Row ids that sort by creation time (the UUIDv7 layout: 48-bit milliseconds, then random bits).
// A random UUID lands every insert on a random page of the primary-key B-tree, so at a million rows
// each bind, audit row and event dirtied one more page to write; time-ordered ids append instead.
// 74 random bits keep ids unguessable and unique across instances.
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(16 * 256);
let offset = pool.length;

export function timeOrderedId(now = Date.now()): string {
  if (offset === pool.length) {
    randomFillSync(pool); // one syscall per 256 ids
    offset = 0;
  }
  const b = pool.subarray(offset, offset + 16);
  offset += 16;
  b.writeUIntBE(Math.floor(Math.abs(now)) % 2 ** 48, 0, 6);
  b[6] = 0x70 | (b[6]! & 0x0f); // version 7
  b[8] = 0x80 | (b[8]! & 0x3f); // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
