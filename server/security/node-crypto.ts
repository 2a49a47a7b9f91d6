// Synchronous node:crypto behind the shared signing interface: cheaper per request than Web Crypto.
import { createHash, createHmac } from 'node:crypto';
import type { CryptoPrimitives } from '../../common/binding/signing';

// GETs and DELETEs sign an empty body: its hash is a constant
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

export const nodeCrypto: CryptoPrimitives = {
  sha256Hex: async (data) => (data === '' ? EMPTY_SHA256 : createHash('sha256').update(data).digest('hex')),
  hmacSha256Hex: async (secret, data) => createHmac('sha256', secret).update(data).digest('hex'),
};
