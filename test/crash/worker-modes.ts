// What a crash worker does in each mode. Every mode says what went wrong by throwing; the entry point
// turns that into a non-zero exit the test reports with the worker's output.
import { writeFile } from 'node:fs/promises';
import type { OutboxEntryView } from '../../src/shared/outbox/types';
import type { DoneLedger } from './done-ledger';
import { openDurableLines, type AckLine } from './durable-lines';
import type { WorkerStation } from './worker-station';

/** One line on stdout the test parses: `<tag> <json>`. */
export function say(tag: string, value: unknown = {}): void {
  process.stdout.write(`${tag} ${JSON.stringify(value)}\n`);
}

/** The work queue synced (the API reachable), so offline scans can resolve from the cache. */
export async function syncMode(w: WorkerStation): Promise<void> {
  await w.station.services.packing.refreshQueue();
  const status = w.station.services.packing.queueStatus();
  if (status.lastError) throw new Error(`work-queue sync failed: ${status.lastError.message}`);
  say('synced', { count: status.count });
}

/**
 * The API is cut: each scan must end with the order in the tray waiting for its label and its
 * set-process and set-packed queued in the outbox. Each action the flow reported queued is acknowledged
 * in the acks file (fsync'd) only after the flow said so — what a packer would have seen on screen.
 */
export async function scanOfflineMode(w: WorkerStation, codes: string[], acksPath: string): Promise<void> {
  const acks = openDurableLines(acksPath);
  try {
    for (const code of codes) {
      for (const ack of await scanOffline(w, code)) acks.append(ack);
    }
  } finally {
    acks.close();
  }
  say('scanned', { count: codes.length, outbox: w.outbox.summary() });
}

async function scanOffline(w: WorkerStation, code: string): Promise<AckLine[]> {
  const outcome = await w.flow.scan(code);
  const steps = w.stepsOf(outcome.scanId);
  w.forget(outcome.scanId);
  const where = `${code}: ${JSON.stringify(outcome)} steps ${JSON.stringify(steps.map((s) => `${s.step}:${s.state}`))}`;
  if (outcome.kind !== 'to_tray' || outcome.reason !== 'offline')
    throw new Error(`not to the tray, ${where}`);
  const item = w.flow.tray().find((i) => i.orderCode === code);
  if (item?.state !== 'waiting_label') throw new Error(`tray holds ${JSON.stringify(item)}, ${where}`);

  const pending = new Map(w.outbox.pendingFor(code).map((e) => [e.id, e]));
  const acks: AckLine[] = [];
  for (const step of ['set_process', 'set_packed'] as const) {
    const last = steps.filter((s) => s.step === step).at(-1);
    const id = last?.detail?.outboxId;
    if (last?.state !== 'queued' || typeof id !== 'string') throw new Error(`${step} not queued, ${where}`);
    const entry = pending.get(id);
    if (entry?.kind !== step || entry.state !== 'queued') {
      throw new Error(`${step} reported queued as ${id}, outbox has ${JSON.stringify(entry)}, ${where}`);
    }
    acks.push({ id, orderCode: code, kind: entry.kind });
  }
  return acks;
}

/** Starts, lets the outbox replay by itself, and says how far it got until it is killed. */
export async function replayMode(w: WorkerStation, ledger: DoneLedger): Promise<never> {
  // Polled, not outbox.drained(): a drain waiter makes the outbox re-check every entry on each change.
  const tick = (): void => say('progress', { ...w.outbox.summary(), doneSeen: ledger.size() });
  tick();
  setInterval(tick, 200);
  return new Promise<never>(() => undefined);
}

export interface FinishSummary {
  byState: Record<string, number>;
  printed: { orderCode: string; jobId: string }[];
  doneSeen: number;
}

/**
 * Lets the replay finish, re-scans every code (its label prints now, from the tray, once), waits for
 * mark-printed and ship, and writes the final outbox (every entry) to `finalPath`.
 */
export async function finishMode(
  w: WorkerStation,
  codes: string[],
  ledger: DoneLedger,
  finalPath: string,
): Promise<FinishSummary> {
  await w.outbox.drained(180_000);
  say('replayed', { ...w.outbox.summary(), doneSeen: ledger.size() });
  const printed: FinishSummary['printed'] = [];
  for (const code of codes) {
    const outcome = await w.flow.scan(code);
    w.forget(outcome.scanId);
    if (outcome.kind !== 'printed') throw new Error(`${code} did not print: ${JSON.stringify(outcome)}`);
    printed.push({ orderCode: code, jobId: outcome.job.jobId });
    if (printed.length % 100 === 0) say('printing', { printed: printed.length });
  }
  await w.flow.idle(180_000);
  const entries: OutboxEntryView[] = w.outbox.list();
  await writeFile(finalPath, JSON.stringify(entries));
  const byState: Record<string, number> = {};
  for (const e of entries) byState[e.state] = (byState[e.state] ?? 0) + 1;
  return { byState, printed, doneSeen: ledger.size() };
}
