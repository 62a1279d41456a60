// The browser host as ONE real child process (node with tsx's loader running src/main/host/web-cli.ts, no
// build needed), and a client of its bridge: POST /rpc/:channel with this launch's token and our Origin,
// exactly what the page sends. kill -9 kills the station itself, as a power cut would.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WEB_CLI = fileURLToPath(new URL('../../src/main/host/web-cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface HostProcess {
  child: ChildProcess;
  origin: string;
  /** One bridge call: the HTTP status and the parsed body (a Result for a 200). */
  rpc(channel: string, body: unknown): Promise<{ status: number; body: unknown }>;
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  /** kill -9, and wait for the exit. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

export interface HostProcessOptions {
  dataDir: string;
  env: Record<string, string>;
  /** How long to wait for the URL line (the host is up and listening). */
  startTimeoutMs?: number;
}

/** Spawns the host; `ready` resolves once it printed its URL. The process exists before it is ready. */
export function spawnHost(opts: HostProcessOptions): { child: ChildProcess; ready: Promise<HostProcess> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WEB_CLI, '--port', '0', '--data-dir', opts.dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, PACKING_DATA_DIR: opts.dataDir, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;

  const ready = new Promise<HostProcess>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not start:\n${out}`)),
      opts.startTimeoutMs ?? 60_000,
    );
    const check = (): void => {
      const m = /open (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const [, origin, token] = m as unknown as [string, string, string];
      resolve({
        child,
        origin,
        output: () => out,
        alive,
        async rpc(channel, body) {
          const res = await fetch(`${origin}/rpc/${encodeURIComponent(channel)}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, origin, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const text = await res.text();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: returned as text, for the test to refuse.
          }
          return { status: res.status, body: parsed };
        },
        async crash() {
          if (!alive()) return;
          child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (!alive()) return;
          child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
          if (alive()) {
            child.kill('SIGKILL');
            await exited;
          }
        },
      });
    };
    child.stdout?.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
  return { child, ready };
}

export function startHostProcess(opts: HostProcessOptions): Promise<HostProcess> {
  return spawnHost(opts).ready;
}
