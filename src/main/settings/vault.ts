// The API key's home. Only main reads it; it is never returned over IPC and never logged.
// Electron: safeStorage (src/main/electron/safe-storage-vault.ts). Browser host: a 0600 file in a 0700 dir.
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/durable-file';

export type SecretRead =
  { state: 'absent' } | { state: 'ok'; key: string } | { state: 'unreadable'; reason: string };

export interface SecretVault {
  readonly kind: 'safeStorage' | 'file-0600';
  read(): Promise<SecretRead>;
  /** Throws a StationError when the key cannot be stored safely. */
  write(key: string): Promise<void>;
  clear(): Promise<void>;
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
      const key = text.trim();
      return key ? { state: 'ok', key } : { state: 'unreadable', reason: 'the key file is empty' };
    },
    async write(key) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await chmod(dirname(path), 0o700);
      await writeFileAtomic(path, key, 0o600);
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
    write: async (key: string) => {
      vault.current = { state: 'ok', key };
    },
    clear: async () => {
      vault.current = { state: 'absent' };
    },
  };
  return vault;
}
