// The API key's home. Only main reads it; it is never returned over IPC and never logged.
// Electron: safeStorage (src/main/electron/safe-storage-vault.ts). Browser host: a 0600 file in a 0700 dir.
// The key is stored with the API origin it belongs to; the settings service never hands it to another.
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/durable-file';

export type SecretRead =
  | { state: 'absent' }
  /** `origin`: the API origin the key was entered for; absent for a key stored before origins were kept. */
  | { state: 'ok'; key: string; origin?: string }
  | { state: 'unreadable'; reason: string };

export interface SecretVault {
  readonly kind: 'safeStorage' | 'file-0600';
  read(): Promise<SecretRead>;
  /** Stores the key for `origin` only. Throws a StationError when it cannot be stored safely. */
  write(key: string, origin: string): Promise<void>;
  clear(): Promise<void>;
}

/** What a vault keeps: `{"origin":...,"key":...}`. */
export function encodeSecret(key: string, origin: string): string {
  return JSON.stringify({ origin, key });
}

/** The stored text back; a bare key (stored before origins were kept) comes back without an origin. */
export function decodeSecret(text: string): SecretRead {
  const trimmed = text.trim();
  if (!trimmed) return { state: 'unreadable', reason: 'the stored key is empty' };
  if (!trimmed.startsWith('{')) return { state: 'ok', key: trimmed };
  try {
    const parsed = JSON.parse(trimmed) as { origin?: unknown; key?: unknown };
    if (typeof parsed.key === 'string' && parsed.key && typeof parsed.origin === 'string')
      return { state: 'ok', key: parsed.key, origin: parsed.origin };
  } catch {
    // Falls through: damaged.
  }
  return { state: 'unreadable', reason: 'the stored key is damaged' };
}

/**
 * Plain file readable only by the OS user running the host (mode 0600, directory 0700). For the browser
 * test host and headless benches; the Electron station uses the OS keychain through safeStorage.
 */
export function createFileVault(path: string): SecretVault {
  return {
    kind: 'file-0600',
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { state: 'absent' };
        return { state: 'unreadable', reason: `cannot read the key file (${code ?? 'error'})` };
      }
      if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
        // Someone widened the permissions: keep working, but tighten them again.
        await chmod(path, 0o600);
      }
      return text.trim() ? decodeSecret(text) : { state: 'unreadable', reason: 'the key file is empty' };
    },
    async write(key, origin) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await chmod(dirname(path), 0o700);
      await writeFileAtomic(path, encodeSecret(key, origin), 0o600);
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}

/** For tests: a vault in memory, or one stuck in a given state. */
export function createMemoryVault(
  initial: SecretRead = { state: 'absent' },
): SecretVault & { current: SecretRead } {
  const vault = {
    kind: 'file-0600' as const,
    current: initial,
    read: async () => vault.current,
    write: async (key: string, origin: string) => {
      vault.current = { state: 'ok', key, origin };
    },
    clear: async () => {
      vault.current = { state: 'absent' };
    },
  };
  return vault;
}
