// The secret-store port. Secrets are readable only inside main (e.g. to derive a SIP HA1); the renderer
// can set, clear and see which keys exist.
import type { SecretStatus } from '../../../common/settings/secret-keys';

export interface SecretStore {
  status(): SecretStatus;
  set(key: string, value: string): Promise<void>;
  get(key: string): string | undefined;
  clear(key: string): Promise<void>;
}

/** The harness has no OS keychain: secrets live only as long as the process and say so. */
export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    status: () => ({ available: true, backend: 'memory', persistent: false, keys: [...values.keys()].sort(), reason: 'browser harness: secrets are kept in memory only' }),
    async set(key, value) {
      values.set(key, value);
    },
    get: (key) => values.get(key),
    async clear(key) {
      values.delete(key);
    },
  };
}
