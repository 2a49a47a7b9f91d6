// Request signing shared by the binding server (verifier) and the desktop client (signer).
// Runtime-free: the crypto primitives are injected, and webCryptoPrimitives() adapts Web Crypto,
// which exists in Node >= 20, Electron and browsers alike.

export const SIGNATURE_HEADERS = {
  keyId: 'x-dd-key-id',
  timestamp: 'x-dd-timestamp',
  nonce: 'x-dd-nonce',
  signature: 'x-dd-signature',
} as const;

/** How far a request's clock may drift from the server's, either way. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** How long a server must remember a nonce: a request stamped up to MAX_CLOCK_SKEW_MS ahead still passes the timestamp check that long after. */
export const NONCE_MEMORY_MS = 2 * MAX_CLOCK_SKEW_MS;

export interface CryptoPrimitives {
  sha256Hex(data: string): Promise<string>;
  hmacSha256Hex(secret: string, data: string): Promise<string>;
}

export interface SignableRequest {
  method: string;
  /** path plus query string, exactly as sent */
  path: string;
  /** epoch milliseconds */
  timestamp: number;
  nonce: string;
  body: string;
}

export async function canonicalString(req: SignableRequest, c: CryptoPrimitives): Promise<string> {
  return [req.method.toUpperCase(), req.path, String(req.timestamp), req.nonce, await c.sha256Hex(req.body)].join('\n');
}

export async function signRequest(req: SignableRequest, secret: string, c: CryptoPrimitives): Promise<string> {
  return c.hmacSha256Hex(secret, await canonicalString(req, c));
}

/** Headers a client adds to a request; the body must be sent byte-for-byte as signed. */
export async function signedHeaders(
  req: SignableRequest,
  key: { id: string; secret: string },
  c: CryptoPrimitives,
): Promise<Record<string, string>> {
  return {
    [SIGNATURE_HEADERS.keyId]: key.id,
    [SIGNATURE_HEADERS.timestamp]: String(req.timestamp),
    [SIGNATURE_HEADERS.nonce]: req.nonce,
    [SIGNATURE_HEADERS.signature]: await signRequest(req, key.secret, c),
  };
}

/** Constant-time comparison of two hex strings, so a timing probe learns nothing. */
export function hexEquals(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// The slice of Web Crypto we use, typed locally because common/ compiles without DOM or Node types.
interface SubtleSlice {
  digest(alg: string, data: Uint8Array): Promise<ArrayBuffer>;
  importKey(f: 'raw', k: Uint8Array, alg: { name: string; hash: string }, x: boolean, u: string[]): Promise<unknown>;
  sign(alg: string, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

type TextEncoderCtor = new () => { encode(s: string): Uint8Array };
const utf8 = (s: string): Uint8Array =>
  new (globalThis as unknown as { TextEncoder: TextEncoderCtor }).TextEncoder().encode(s);
const hex = (buf: ArrayBuffer): string => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

export function webCryptoPrimitives(): CryptoPrimitives {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleSlice } }).crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime');
  return {
    sha256Hex: async (data) => hex(await subtle.digest('SHA-256', utf8(data))),
    hmacSha256Hex: async (secret, data) => {
      const key = await subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      return hex(await subtle.sign('HMAC', key, utf8(data)));
    },
  };
}
