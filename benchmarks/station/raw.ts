// The raw minimum for one scan: a bare script making the station's calls in order — order detail (the
// station re-reads it live at each scan to catch a fresh cancellation request; the raw side knows the
// order's numeric id up front, as the station's work queue does), set-process, set-packed,
// shipping-label, label download — then the same `lp` command the CUPS driver runs, until the job's
// bytes are in the capture dir. No validation, no journal, no cache, no UI: the floor the station is held to.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { CaptureWatcher } from './capture';
import type { PackableOrder } from '../../test/support/packable';
import { apiHeaders, PRINTER } from './setup';

const run = promisify(execFile);

export interface RawScanner {
  /** ms from start to the job's file in the capture dir. */
  scan(order: PackableOrder): Promise<number>;
  close(): Promise<void>;
}

export function rawScanner(api: RunningSandbox, capture: CaptureWatcher, workDir: string): RawScanner {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const base = `${api.apiOrigin}/api/partner/v1/orders`;

  async function post(path: string, body: unknown): Promise<unknown> {
    const res = await request(`${base}${path}`, {
      dispatcher: agent,
      method: 'POST',
      headers: apiHeaders(true),
      body: JSON.stringify(body),
    });
    const json = (await res.body.json()) as unknown;
    if (res.statusCode !== 200)
      throw new Error(`raw ${path}: HTTP ${res.statusCode} ${JSON.stringify(json)}`);
    return json;
  }

  return {
    async scan({ code, id }) {
      const started = performance.now();
      const landed = capture.waitForJob(code);
      const detail = await request(`${base}/${id}/detail`, { dispatcher: agent, headers: apiHeaders() });
      await detail.body.json();
      if (detail.statusCode !== 200) throw new Error(`raw detail of ${code}: HTTP ${detail.statusCode}`);
      await post('/fulfillment/set-process', { order_code: code });
      await post('/fulfillment/set-packed', { order_code: code, pickup_option: 'LATE_PICKUP' });
      const label = (await post('/fulfillment/shipping-label', {
        order_code: code,
        mark_as_printed: 'false',
      })) as { data: { url: string } };
      // The label lives on another origin: no credentials, as the station downloads it.
      const pdf = await request(label.data.url, {
        dispatcher: agent,
        headers: { accept: 'application/pdf' },
      });
      const file = join(workDir, `${code}.pdf`);
      await writeFile(file, Buffer.from(await pdf.body.arrayBuffer()));
      // Same arguments as src/main/printing/cups-driver.ts submit() for a 4×6 label, no fit-to-page.
      const title = `label ${code}`;
      const args = ['-d', PRINTER, '-t', title, '-n', '1', '-o', 'media=Custom.4x6in'];
      await run('lp', [...args, '-o', 'print-scaling=none', '--', file]);
      return (await landed) - started;
    },
    close: () => agent.close(),
  };
}
