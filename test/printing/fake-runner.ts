// A scripted CommandRunner: answers by exact argv and records every call, so tests see what would run.
import type { CommandResult, CommandRunner } from '../../src/main/printing/run-command';

export interface FakeRunner {
  run: CommandRunner;
  calls: { cmd: string; args: string[] }[];
}

export function fakeRunner(script: Record<string, Partial<CommandResult>>): FakeRunner {
  const calls: { cmd: string; args: string[] }[] = [];
  const run: CommandRunner = async (cmd, args) => {
    calls.push({ cmd, args: [...args] });
    const key = [cmd, ...args].join(' ');
    const answer = script[key];
    if (!answer) throw new Error(`unexpected command: ${key}`);
    return { stdout: '', stderr: '', code: 0, ...answer };
  };
  return { run, calls };
}
