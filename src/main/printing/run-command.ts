// Runs an OS command with an argument array (execFile, never a shell) and always resolves, so drivers
// turn exit codes and stderr into words. Tests inject their own runner and assert the exact argv.
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
}

export function createExecFileRunner(options: ExecFileRunnerOptions = {}): CommandRunner {
  const env = { ...process.env, ...options.env, LC_ALL: 'C', LANG: 'C' };
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
