// SecretVault over Electron's safeStorage (the OS keychain: DPAPI, Keychain, libsecret/kwallet).
// When the OS offers no real encryption (or only Chromium's hard-coded "basic_text" key on Linux) the
// vault refuses to store the key — it never writes it in plain text.
import type { SafeStorage } from 'electron';
import { readFile, rm } from 'node:fs/promises';
import { StationError } from '../errors/station-error';
import { writeFileAtomic } from '../files/durable-file';
import { decodeSecret, encodeSecret, type SecretVault } from '../settings/vault';

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

function encryptionUnavailable(safe: SafeStorageLike): string | null {
  return unavailableWhy(safe)?.words ?? null;
}

/** Why the key cannot be encrypted here: words, and their key under supervisorErrors.keyNotSavedWhy. */
function unavailableWhy(safe: SafeStorageLike): { words: string; why: string } | null {
  if (!safe.isEncryptionAvailable())
    return { words: 'this computer offers no encrypted storage', why: 'none' };
  if (process.platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text') {
    return {
      words:
        'no keyring (GNOME Keyring or KWallet) is running, so the key could only be stored in plain text',
      why: 'noKeyring',
    };
  }
  return null;
}

/** `path`: the encrypted blob, e.g. <dataDir>/secret/api-key.bin. */
export function createSafeStorageVault(safe: SafeStorageLike, path: string): SecretVault {
  return {
    kind: 'safeStorage',
    async read() {
      let blob: Buffer;
      try {
        blob = await readFile(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { state: 'absent' };
        return { state: 'unreadable', reason: `cannot read the key file (${code ?? 'error'})` };
      }
      const unavailable = encryptionUnavailable(safe);
      if (unavailable) return { state: 'unreadable', reason: unavailable };
      let text: string;
      try {
        text = safe.decryptString(blob);
      } catch {
        return { state: 'unreadable', reason: 'the key was encrypted by another user or computer' };
      }
      return decodeSecret(text);
    },
    async write(key, origin) {
      const unavailable = unavailableWhy(safe);
      if (unavailable) {
        throw new StationError({
          kind: 'invalid_input',
          step: 'settings',
          message: `The API key was not saved: ${unavailable.words}. The station never stores it in plain text.`,
          action: 'Start the computer’s keyring, or provision the key with PACKING_API_KEY.',
          key: { key: 'supervisorErrors.keyNotSaved', values: { why: unavailable.why } },
        });
      }
      await writeFileAtomic(path, safe.encryptString(encodeSecret(key, origin)), 0o600);
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}
