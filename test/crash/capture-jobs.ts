// What came out of the CUPS capture queue (CAPTURE): the backend writes job-<n>.prn with the bytes and
// job-<n>.meta with `title=...` once CUPS ran the job (see scripts/cups/capture-backend).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';

export interface CapturedJob {
  job: number;
  title: string;
  mtimeMs: number;
}

/** Jobs whose meta file was written at or after `sinceMs`. */
export async function capturedSince(sinceMs: number): Promise<CapturedJob[]> {
  let names: string[];
  try {
    names = await readdir(CAPTURE_DIR);
  } catch {
    return [];
  }
  const jobs: CapturedJob[] = [];
  for (const name of names) {
    const m = /^job-(\d+)\.meta$/.exec(name);
    if (!m) continue;
    const path = join(CAPTURE_DIR, name);
    try {
      const { mtimeMs } = await stat(path);
      if (mtimeMs < sinceMs) continue;
      const title = /^title=(.*)$/m.exec(await readFile(path, 'utf8'))?.[1] ?? '';
      jobs.push({ job: Number(m[1]), title, mtimeMs });
    } catch {
      // Replaced while we looked (CUPS reusing a number): the next look sees the new one.
    }
  }
  return jobs.sort((a, b) => a.job - b.job);
}

/** The CUPS job number of a station job id such as `CAPTURE-123`. */
export function cupsJobNumber(jobId: string): number {
  const m = /-(\d+)$/.exec(jobId);
  if (!m) throw new Error(`not a CUPS job id: ${jobId}`);
  return Number(m[1]);
}

/** Waits until every one of these CUPS jobs has been captured (CUPS runs one queue's jobs in order). */
export async function waitForCaptured(
  sinceMs: number,
  jobs: number[],
  timeoutMs: number,
): Promise<CapturedJob[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const captured = await capturedSince(sinceMs);
    const seen = new Set(captured.map((c) => c.job));
    const missing = jobs.filter((j) => !seen.has(j));
    if (missing.length === 0) return captured;
    if (Date.now() > end) {
      throw new Error(
        `CUPS has not captured ${missing.length} jobs after ${timeoutMs} ms: ${missing.slice(0, 10).join(', ')}…`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
