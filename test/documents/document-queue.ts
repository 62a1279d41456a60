// The DOCUMENTS capture queue (scripts/test-machine-setup.sh): the document printer in tests, its jobs'
// bytes and titles in <capture dir>/documents, apart from the label printer's (CAPTURE).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DOCUMENTS_QUEUE = 'DOCUMENTS';
export const LABEL_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';
export const DOCUMENTS_DIR = join(LABEL_DIR, 'documents');

export interface QueueJob {
  job: number;
  title: string;
}

/** Every captured job of a queue's directory, by CUPS job number. */
export async function jobsIn(dir: string): Promise<QueueJob[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const jobs: QueueJob[] = [];
  for (const name of names) {
    const m = /^job-(\d+)\.meta$/.exec(name);
    // The backend renames the meta file into place before the bytes: a job counts once both are there.
    if (!m || !names.includes(`job-${m[1]}.prn`)) continue;
    const meta = await readFile(join(dir, name), 'utf8').catch(() => '');
    jobs.push({ job: Number(m[1]), title: /^title=(.*)$/m.exec(meta)?.[1] ?? '' });
  }
  return jobs.sort((a, b) => a.job - b.job);
}

async function until<T>(what: string, fn: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The bytes of a station job id (`DOCUMENTS-12`) once the queue captured it. */
export function documentBytes(jobId: string): Promise<Buffer> {
  const n = /-(\d+)$/.exec(jobId)?.[1];
  if (!n) throw new Error(`not a CUPS job id: ${jobId}`);
  return until(`job ${jobId} on ${DOCUMENTS_QUEUE}`, async () =>
    (await jobsIn(DOCUMENTS_DIR)).some((j) => j.job === Number(n))
      ? readFile(join(DOCUMENTS_DIR, `job-${n}.prn`))
      : null,
  );
}

/** The first document job titled `title` numbered above `after`, with its bytes. */
export function documentTitled(title: string, after: number): Promise<{ job: number; bytes: Buffer }> {
  return until(`a ${DOCUMENTS_QUEUE} job titled ${title}`, async () => {
    const hit = (await jobsIn(DOCUMENTS_DIR)).find((j) => j.job > after && j.title === title);
    return hit ? { job: hit.job, bytes: await readFile(join(DOCUMENTS_DIR, `job-${hit.job}.prn`)) } : null;
  });
}

/** The highest job number seen in either queue so far (jobs after it are new). */
export async function lastJobNumber(): Promise<number> {
  const all = [...(await jobsIn(DOCUMENTS_DIR)), ...(await jobsIn(LABEL_DIR))];
  return all.reduce((max, j) => Math.max(max, j.job), 0);
}
