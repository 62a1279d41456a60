// The batch's one label job. Each packed order's label is fetched WITHOUT marking it printed, downloaded into
// the batch's folder and its pages read (off the main thread, count capped); one that fails is listed and
// left out, never replaced. The good ones are merged in the supervisor's order into one PDF (in a worker;
// pdf-lib copies each page with its own MediaBox: every page keeps its true size) and sent as ONE job.
// `printing` is journaled before the submit: a restart that finds it without an answer never prints again
// by itself.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDir, writeFileAtomic } from '../files/durable-file';
import { toErrorInfo } from '../errors/error-info';
import { mergeInWorker } from './merge-worker';
import { mapPool } from './pool';
import type { RunContext } from './run-context';
import type { BatchOrder } from './state';

export function labelFileName(code: string): string {
  return `${Buffer.from(code, 'utf8').toString('hex')}.pdf`;
}

export async function fetchLabels(ctx: RunContext): Promise<void> {
  const dir = join(ctx.dir, 'labels');
  await ensureDir(dir);
  const todo = ctx.state.orders.filter((o) => o.state === 'packed' && o.label === 'none');
  await mapPool(todo, ctx.concurrency, (o) => fetchOne(ctx, o, join(dir, labelFileName(o.orderCode))));
}

async function fetchOne(ctx: RunContext, o: BatchOrder, file: string): Promise<void> {
  try {
    const label = await ctx.api.getShippingLabel(o.orderCode, false);
    if (label.data.order_code !== o.orderCode) {
      throw new Error(`the API answered with the label of ${label.data.order_code}`);
    }
    await ctx.api.downloadLabel(label.data.url, file);
    const pages = await ctx.printer.pages(await readFile(file));
    await ctx.record({ t: 'label', code: o.orderCode, file, pages });
  } catch (err) {
    const info = toErrorInfo(err, 'label');
    const id = info.requestId ? ` (request ${info.requestId})` : '';
    await ctx.record({
      t: 'label_failed',
      code: o.orderCode,
      reason: `The label of ${o.orderCode} could not be fetched: ${info.message}${id}. It is left out of the job.`,
    });
  }
}

/** One PDF of the given labels, in order, each page copied at its own size (in a worker). */
export function mergeLabels(files: readonly string[]): Promise<{ bytes: Uint8Array; pages: number }> {
  return mergeInWorker(files);
}

export async function printBatch(ctx: RunContext): Promise<void> {
  const ready = ctx.state.orders.filter((o) => o.label === 'ok' && o.labelFile);
  if (ready.length === 0) return;
  const file = join(ctx.dir, 'batch-labels.pdf');
  let merged: { bytes: Uint8Array; pages: number };
  try {
    merged = await mergeLabels(ready.map((o) => o.labelFile ?? ''));
  } catch (err) {
    return ctx.record({ t: 'print_failed', reason: toErrorInfo(err, 'print').message });
  }
  await writeFileAtomic(file, merged.bytes);
  const codes = ready.map((o) => o.orderCode);
  await ctx.record({ t: 'printing', file, codes, pages: merged.pages });
  try {
    const job = await ctx.printer.submit(file, `batch ${ctx.state.id} (${codes.length} labels)`);
    await ctx.record({
      t: 'printed',
      jobId: job.jobId,
      printer: job.printer,
      at: new Date(ctx.clock.now()).toISOString(),
    });
  } catch (err) {
    const info = toErrorInfo(err, 'print');
    await ctx.record({ t: 'print_failed', reason: info.message });
  }
}
