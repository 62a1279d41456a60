// What the vitest projects need from this machine, told in words. `unit` and `sandbox` need nothing
// beyond Node (the sandbox is started in-process); `cups` needs a running CUPS with the CAPTURE,
// DOCUMENTS, PAUSED and FAILING queues and the capture directory, as scripts/test-machine-setup.sh leaves
// them.
import { execFile, type ExecFileException } from 'node:child_process';
import { stat } from 'node:fs/promises';

export const PROJECTS = ['unit', 'sandbox', 'cups'] as const;
export type Project = (typeof PROJECTS)[number];

export const CUPS_QUEUES = ['CAPTURE', 'DOCUMENTS', 'PAUSED', 'FAILING'];
const SETUP = 'run scripts/test-machine-setup.sh';

interface Ran {
  stdout: string;
  stderr: string;
  /** null: it ran and exited 0. */
  error: ExecFileException | null;
}

function lpstat(args: string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    execFile('lpstat', args, { env: { ...env, LC_ALL: 'C' }, timeout: 10_000 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, error }),
    );
  });
}

/** Why the `cups` project cannot run here, or null when it can. */
export async function cupsMissing(
  env: NodeJS.ProcessEnv = process.env,
  captureDir = env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn',
): Promise<string | null> {
  const scheduler = await lpstat(['-r'], env);
  if (scheduler.error?.code === 'ENOENT') return `lpstat: not found on PATH (no CUPS client); ${SETUP}`;
  const said = `${scheduler.stdout}${scheduler.stderr}`.trim();
  if (!/scheduler is running/.test(said)) {
    return `lpstat: ${said || 'no answer from the scheduler'}; ${SETUP}`;
  }
  const listed = await lpstat(['-e'], env);
  const queues = new Set(listed.stdout.split('\n').map((line) => line.trim()));
  const missing = CUPS_QUEUES.filter((q) => !queues.has(q));
  if (missing.length > 0) return `CUPS has no queue ${missing.join(', ')}; ${SETUP}`;
  const dir = await stat(captureDir).catch(() => null);
  if (!dir?.isDirectory()) return `no capture directory ${captureDir}; ${SETUP}`;
  return null;
}

/** Per project: why it cannot run here (missing entries can). */
export async function unrunnable(env: NodeJS.ProcessEnv = process.env): Promise<Map<Project, string>> {
  const out = new Map<Project, string>();
  const cups = await cupsMissing(env);
  if (cups) out.set('cups', cups);
  return out;
}
