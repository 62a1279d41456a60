// Runs an OS command with an argument array (execFile, never a shell) and always resolves, so drivers
// turn exit codes and stderr into words. Tests inject their own runner and assert the exact argv.
// Children get a minimal environment (childEnv): nothing of the station's own (PACKING_API_KEY...) leaks.
import { execFile } from 'node:child_process';

export interface CommandResult {
  stdout: string;
  stderr: string;
  /** Exit code; COMMAND_NOT_FOUND when the program is not installed, COMMAND_TIMED_OUT when killed. */
  code: number;
}

export type CommandRunner = (cmd: string, args: readonly string[]) => Promise<CommandResult>;

export const COMMAND_NOT_FOUND = 127;
export const COMMAND_TIMED_OUT = 124;

export interface ExecFileRunnerOptions {
  timeoutMs?: number;
  /** Extra environment; the C locale is always set so CUPS answers in parseable English. */
  env?: Record<string, string>;
  /** Where the passed-through variables come from (tests); default process.env. */
  parentEnv?: NodeJS.ProcessEnv;
}

/** What a printing command needs from the parent environment, and nothing else. */
const PASSED_THROUGH = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CUPS_SERVER',
  'CUPS_USER',
  // Windows: the system folders a program (SumatraPDF, PowerShell) looks up.
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'PSModulePath',
];

/**
 * The environment of a child process: PATH, the locale (LANG, LC_*), home and temp folders, CUPS_SERVER
 * and Windows' system folders from `parent` — never the station's secrets or anything else it was given.
 */
export function childEnv(
  parent: NodeJS.ProcessEnv = process.env,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  // Windows names are case-insensitive (Path, SYSTEMROOT); match them so.
  const wanted = new Set(PASSED_THROUGH.map((n) => n.toUpperCase()));
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (wanted.has(name.toUpperCase()) || name === 'LANG' || name === 'LANGUAGE' || name.startsWith('LC_'))
      env[name] = value;
  }
  return { ...env, ...extra };
}

/** Environment variables holding a secret: read once at start, then removed (see forgetSecretEnv). */
export const SECRET_ENV = ['PACKING_API_KEY'] as const;

/**
 * Removes the station's secrets from this process's environment, so a child that a library starts with
 * the inherited environment (pdf-to-printer's SumatraPDF and PowerShell) cannot receive them either.
 */
export function forgetSecretEnv(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of SECRET_ENV) delete env[name];
}

export function createExecFileRunner(options: ExecFileRunnerOptions = {}): CommandRunner {
  const env = childEnv(options.parentEnv, { ...options.env, LC_ALL: 'C', LANG: 'C' });
  return (cmd, args) =>
    new Promise((resolve) => {
      execFile(
        cmd,
        [...args],
        { env, timeout: options.timeoutMs ?? 20_000, maxBuffer: 4 * 1024 * 1024, windowsHide: true },
        (error, stdout, stderr) => {
          const out = String(stdout);
          const err = String(stderr);
          if (!error) return resolve({ stdout: out, stderr: err, code: 0 });
          const errno = (error as NodeJS.ErrnoException).code;
          if (errno === 'ENOENT')
            return resolve({ stdout: out, stderr: error.message, code: COMMAND_NOT_FOUND });
          if (error.killed)
            return resolve({ stdout: out, stderr: `${cmd} timed out`, code: COMMAND_TIMED_OUT });
          resolve({ stdout: out, stderr: err || error.message, code: typeof errno === 'number' ? errno : 1 });
        },
      );
    });
}
