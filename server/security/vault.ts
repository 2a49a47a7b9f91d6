// Real numbers at rest: AES-256-GCM ciphertext to give them back, plus a keyed HMAC "blind index"
// for equality lookups, so the database alone reveals no phone number. Both keys derive from one
// master key with HKDF, so an operator manages a single secret.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomFillSync } from 'node:crypto';

export interface Vault {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** tenant-scoped, so the same customer of two tenants gets unrelated indexes */
  blindIndex(tenantId: string, e164: string): string;
}

const IV_BYTES = 12;

// IVs come from a pooled CSPRNG buffer (one getrandom call per 512 IVs instead of one per encrypt);
// each IV is copied out and its bytes are never handed out twice.
const ivPool = Buffer.alloc(IV_BYTES * 512);
let ivOffset = ivPool.length;
function freshIv(): Buffer {
  if (ivOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  ivOffset += IV_BYTES;
  return Buffer.from(ivPool.subarray(ivOffset - IV_BYTES, ivOffset));
}

export function createVault(masterKey: Buffer): Vault {
  if (masterKey.length !== 32) throw new Error('the master key must be 32 bytes');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  const encKey = derive('dialdeck-binding/encrypt');
  const indexKey = derive('dialdeck-binding/index');
  return {
    encrypt(plain) {
      const iv = freshIv();
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(sealed) {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + 16));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + 16)), decipher.final()]).toString('utf8');
    },
    blindIndex(tenantId, e164) {
      return createHmac('sha256', indexKey).update(`${tenantId}:${e164}`).digest('base64url');
    },
  };
}
