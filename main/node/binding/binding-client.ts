// Signed HTTP client for the binding server (privacy numbers). Every request carries the HMAC headers of
// common/binding/signing.ts; the body is sent byte-for-byte as signed.
import { randomUUID } from 'node:crypto';
import { signedHeaders, webCryptoPrimitives } from '../../../common/binding/signing';

export interface BindingClientConfig {
  url: string;
  keyId: string;
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class BindingHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createBindingClient(config: BindingClientConfig) {
  const doFetch = config.fetch ?? fetch;
  const base = config.url.replace(/\/+$/, '');
  const crypto = webCryptoPrimitives();

  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const text = body === undefined ? '' : JSON.stringify(body);
      const headers = await signedHeaders({ method, path, timestamp: Date.now(), nonce: randomUUID(), body: text }, { id: config.keyId, secret: config.secret }, crypto);
      const response = await doFetch(base + path, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(config.timeoutMs ?? 5_000),
      });
      const payload = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
      if (!response.ok) throw new BindingHttpError(response.status, payload.code ?? `HTTP_${response.status}`, payload.message ?? response.statusText);
      return payload as T;
    },
    async health(): Promise<boolean> {
      const response = await doFetch(`${base}/health`, { signal: AbortSignal.timeout(config.timeoutMs ?? 5_000) });
      return response.ok;
    },
  };
}
