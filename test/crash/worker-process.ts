// Starts station-worker.ts as ONE real process (node with tsx's loader, no wrapper), so kill -9 kills the
// station itself, as a power cut would. Its stdout lines are `<tag> <json>`.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./station-worker.ts', import.meta.url));

export interface WorkerRun {
  child: ChildProcess;
  /** Resolves with the payload of the first line with this tag (rejects if the worker ends first). */
  line<T>(tag: string, timeoutMs: number): Promise<T>;
  /** Every line so far with this tag, parsed. */
  lines<T>(tag: string): T[];
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** kill -9, and wait for the exit. */
  crash(): Promise<void>;
}

export function startWorker(mode: string, codes: string[], env: Record<string, string>): WorkerRun {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, mode, ...codes], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const parsed: { tag: string; value: unknown }[] = [];
  const waiters = new Set<() => void>();
  let pending = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    pending += d.toString();
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const space = text.indexOf(' ');
      if (space > 0) {
        try {
          parsed.push({ tag: text.slice(0, space), value: JSON.parse(text.slice(space + 1)) as unknown });
        } catch {
          // Not a protocol line (a library writing to stdout): kept in the output only.
        }
      }
    }
    for (const w of [...waiters]) w();
  });
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const w of [...waiters]) w();
    }),
  );

  const run: WorkerRun = {
    child,
    lines: <T>(tag: string) => parsed.filter((p) => p.tag === tag).map((p) => p.value as T),
    output: () => out,
    exited,
    line<T>(tag: string, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no "${tag}" line within ${timeoutMs} ms`)), timeoutMs);
        function done(err: Error | null, value?: T): void {
          clearTimeout(timer);
          waiters.delete(check);
          if (err) reject(new Error(`${mode}: ${err.message}\n${out}`));
          else resolve(value as T);
        }
        function check(): void {
          const hit = parsed.find((p) => p.tag === tag);
          if (hit) done(null, hit.value as T);
          else if (child.exitCode !== null || child.signalCode !== null)
            done(new Error(`worker ended first`));
        }
        waiters.add(check);
        check();
      });
    },
    async crash() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  return run;
}

/** Runs a worker to its end; a non-zero exit is an error carrying its output. */
export async function runWorker(
  mode: string,
  codes: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<WorkerRun> {
  const run = startWorker(mode, codes, env);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await run.exited;
  clearTimeout(timer);
  if (code !== 0) {
    throw new Error(`worker ${mode} ended with ${signal ?? code} (limit ${timeoutMs} ms):\n${run.output()}`);
  }
  return run;
}
