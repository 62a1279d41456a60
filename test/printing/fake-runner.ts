// A scripted CommandRunner: answers by exact argv and records every call, so tests see what would run.
// A list of answers is given out in turn (the last one repeats): a queue that changes between calls.
import type { CommandResult, CommandRunner } from '../../src/main/printing/run-command';

export interface FakeRunner {
  run: CommandRunner;
  calls: { cmd: string; args: string[] }[];
}

type Answer = Partial<CommandResult>;

export function fakeRunner(script: Record<string, Answer | Answer[]>): FakeRunner {
  const calls: { cmd: string; args: string[] }[] = [];
  const run: CommandRunner = async (cmd, args) => {
    calls.push({ cmd, args: [...args] });
    const key = [cmd, ...args].join(' ');
    const scripted = script[key];
    const answer = Array.isArray(scripted)
      ? scripted.length > 1
        ? scripted.shift()
        : scripted[0]
      : scripted;
    if (!answer) throw new Error(`unexpected command: ${key}`);
    return { stdout: '', stderr: '', code: 0, ...answer };
  };
  return { run, calls };
}
