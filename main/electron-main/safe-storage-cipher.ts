// safeStorage as the secret cipher. Which backend Linux picked matters: basic_text is not a keyring.
import { safeStorage } from 'electron';
import { SecretBackend } from '../../common/settings/secret-keys';
import type { SecretCipher } from '../node/secrets/encrypted-secret-store';

export const safeStorageCipher: SecretCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend() {
    if (process.platform === 'darwin') return 'keychain';
    if (process.platform === 'win32') return 'dpapi';
    const parsed = SecretBackend.safeParse(safeStorage.getSelectedStorageBackend());
    return parsed.success ? parsed.data : 'unknown';
  },
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (encrypted) => safeStorage.decryptString(Buffer.from(encrypted)),
};
