import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SecretBackend } from '../../../../../common/settings/secret-keys';
import { createEncryptedSecretStore, type SecretCipher } from '../../../../../main/node/secrets/encrypted-secret-store';

// A reversible stand-in for safeStorage (which needs Electron): XOR so the file never holds plaintext.
function cipher(available: boolean, backend: SecretBackend): SecretCipher {
  const xor = (bytes: Uint8Array) => bytes.map((b) => b ^ 0x5a);
  return {
    isAvailable: () => available,
    backend: () => backend,
    encrypt: (plain) => xor(new TextEncoder().encode(plain)),
    decrypt: (enc) => new TextDecoder().decode(xor(enc)),
  };
}
const file = () => join(mkdtempSync(join(tmpdir(), 'dialdeck-secrets-')), 'secrets.json');

describe('encrypted secret store', () => {
  it('round-trips through the cipher and never writes the plaintext', async () => {
    const path = file();
    const store = createEncryptedSecretStore(path, cipher(true, 'gnome_libsecret'), () => false);
    await store.set('sip:office', 's3cret-密码');
    expect(readFileSync(path, 'utf8')).not.toContain('s3cret');
    expect(createEncryptedSecretStore(path, cipher(true, 'gnome_libsecret'), () => false).get('sip:office')).toBe('s3cret-密码');
    expect(store.status()).toMatchObject({ available: true, backend: 'gnome_libsecret', persistent: true, keys: ['sip:office'] });
  });

  it('refuses to store anything when encryption is unavailable, with a reason', async () => {
    const path = file();
    const store = createEncryptedSecretStore(path, cipher(false, 'unknown'), () => true);
    await expect(store.set('sip:office', 'pw')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(store.status()).toMatchObject({ available: false, backend: 'unavailable' });
    expect(store.status().reason).toMatch(/keyring/);
  });

  it('refuses the weak basic_text backend unless an administrator allowed it', async () => {
    let allowed = false;
    const store = createEncryptedSecretStore(file(), cipher(true, 'basic_text'), () => allowed);
    await expect(store.set('sip:office', 'pw')).rejects.toThrow(/basic_text/);
    allowed = true;
    await store.set('sip:office', 'pw');
    expect(store.get('sip:office')).toBe('pw');
  });

  it('clears a key', async () => {
    const store = createEncryptedSecretStore(file(), cipher(true, 'keychain'), () => false);
    await store.set('binding:k1', 'a');
    await store.clear('binding:k1');
    expect(store.get('binding:k1')).toBeUndefined();
    expect(store.status().keys).toEqual([]);
  });

  it('will not overwrite a corrupt secrets file', () => {
    const path = file();
    writeFileSync(path, 'garbage');
    expect(() => createEncryptedSecretStore(path, cipher(true, 'keychain'), () => false)).toThrow(/not valid/);
  });
});
