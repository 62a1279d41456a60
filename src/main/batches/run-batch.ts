// One batch from where its journal says it stands to its end: screen, send, confirm, fetch labels, print
// ONE job, mark printed and ship. Each stage skips what the journal already holds, so a resumed run after
// a crash picks up where the last one stopped and repeats nothing that reached the API or the printer.
import { screenOrders } from './candidates';
import { fetchLabels, printBatch } from './labels-job';
import type { RunContext } from './run-context';
import { confirmAll, sendAll } from './send-confirm';
import { shipPrinted } from './ship';

export async function runBatch(ctx: RunContext): Promise<void> {
  const { state } = ctx;
  if (!state.screened) {
    const waiting = state.orders.filter((o) => o.state === 'waiting').map((o) => o.orderCode);
    for (const s of await screenOrders(ctx.api, waiting)) {
      if (s.refusal) await ctx.record({ t: 'refused', code: s.code, ...s.refusal });
    }
    await ctx.record({ t: 'screened' });
  }
  await sendAll(ctx);
  await confirmAll(ctx);
  if (!state.printing && !state.printProblem) {
    await fetchLabels(ctx);
    await printBatch(ctx);
  }
  // A job whose fate a restart cut, or one the printer refused: only the supervisor prints it again.
  if (!state.job) {
    if (state.printing || state.printProblem) return;
    return ctx.record({ t: 'done' });
  }
  await shipPrinted(ctx);
  await ctx.record({ t: 'done' });
}

/** Prints the batch again on purpose: the whole job, or one order's label. */
export async function reprint(ctx: RunContext, orderCode: string | null): Promise<void> {
  const { state } = ctx;
  const at = () => new Date(ctx.clock.now()).toISOString();
  if (orderCode !== null) {
    const o = state.orders.find((x) => x.orderCode === orderCode);
    if (!o?.labelFile) throw new Error(`${orderCode} has no label in this batch to print again.`);
    const job = await ctx.printer.submit(o.labelFile, `label ${orderCode} (batch ${state.id}, reprint)`);
    return ctx.record({ t: 'reprinted', jobId: job.jobId, orderCode, at: at() });
  }
  if (!state.printing) {
    // The job was refused before (nothing journaled as printing): merge and send it now.
    await printBatch(ctx);
  } else {
    const job = await ctx.printer.submit(state.printing.file, `batch ${state.id} (reprint)`);
    if (state.job) return ctx.record({ t: 'reprinted', jobId: job.jobId, orderCode: null, at: at() });
    await ctx.record({ t: 'printed', jobId: job.jobId, printer: job.printer, at: at() });
  }
  if (!state.job) return;
  await shipPrinted(ctx);
  if (!state.done) await ctx.record({ t: 'done' });
}
