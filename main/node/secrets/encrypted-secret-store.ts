// Secrets encrypted by an OS-backed cipher (Electron safeStorage in production) and kept in one file.
// When the cipher is unavailable, or is Linux's weak `basic_text` backend without the admin's opt-in,
// every write is refused with a reason: there is no silent plaintext fallback.
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { DomainError } from '../../../common/ipc/result';
import type { SecretBackend } from '../../../common/settings/secret-keys';
import type { SecretStore } from './secret-store';
import { reason } from '../../../common/ipc/failure-reason';

export interface SecretCipher {
  isAvailable(): boolean;
  backend(): SecretBackend;
  encrypt(plain: string): Uint8Array;
  decrypt(encrypted: Uint8Array): string;
}

const SecretFile = z.object({ version: z.literal(1), backend: z.string(), entries: z.record(z.string(), z.string()) });

export function createEncryptedSecretStore(file: string, cipher: SecretCipher, allowWeak: () => boolean): SecretStore {
  const entries = loadEntries(file);

  const unavailableReason = (): string | undefined => {
    if (!cipher.isAvailable()) return 'the operating system offers no secret encryption (install and unlock a keyring)';
    if (cipher.backend() === 'basic_text' && !allowWeak()) {
      return 'only the weak basic_text backend is available; install gnome-keyring or KWallet, or let an administrator allow weak secret storage in Settings';
    }
    return undefined;
  };
  const persist = () => writeFileAtomic(file, JSON.stringify({ version: 1, backend: cipher.backend(), entries: Object.fromEntries(entries) }), { mode: 0o600 });

  return {
    status() {
      const reason = unavailableReason();
      return { available: !reason, backend: cipher.isAvailable() ? cipher.backend() : 'unavailable', persistent: true, keys: [...entries.keys()].sort(), ...(reason ? { reason } : {}) };
    },
    async set(key, value) {
      const why = unavailableReason();
      if (why) throw new DomainError('UNAVAILABLE', why, reason(cipher.isAvailable() ? 'secrets.weakOnly' : 'secrets.noKeyring'));
      entries.set(key, Buffer.from(cipher.encrypt(value)).toString('base64'));
      await persist();
    },
    get(key) {
      const stored = entries.get(key);
      if (stored === undefined || unavailableReason()) return undefined;
      return cipher.decrypt(Buffer.from(stored, 'base64'));
    },
    async clear(key) {
      if (entries.delete(key)) await persist();
    },
  };
}

function loadEntries(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const parsed = SecretFile.safeParse(safeParse(text));
  // An unreadable secrets file is not silently replaced: refuse to start writing over it.
  if (!parsed.success) throw new Error(`secrets file ${file} is not valid; move it away to reset stored secrets`);
  return new Map(Object.entries(parsed.data.entries));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
