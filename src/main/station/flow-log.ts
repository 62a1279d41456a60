// What the pack flow writes into its pack log besides labels: each step's time (kept with the order),
// stops and failed scans, reprints — each with the packer, for the shift report.
import { randomUUID } from 'node:crypto';
import type { PackerRef } from '../../shared/people';
import { peopleErrors } from '../people/people-errors';
import type { FlowDeps } from './flow-deps';
import { PackLog } from './pack-log';
import type { OrderSource } from './flow-deps';
import type { ScanOutcome, StepEvent } from './types';

interface FlowLogOptions {
  dataDir: string;
  orders: OrderSource;
  onStep: (event: StepEvent) => void;
  packer?: () => PackerRef | null;
}

/** The pack log, and the step listener that times each step of a scan into it. */
export function openFlowLog(
  opts: FlowLogOptions,
  onPrinted: () => void,
): { packLog: PackLog; onStep: (event: StepEvent) => void } {
  const packLog = new PackLog(opts.dataDir, onPrinted, {
    packer: () => opts.packer?.() ?? null,
    courier: (code) => opts.orders.lookup?.(code)?.summary.logistic_provider_name ?? null,
  });
  const onStep = (event: StepEvent): void => {
    if (event.state !== 'running' && event.durationMs !== undefined)
      packLog.scans.step(event.scanId, event.step, event.durationMs);
    opts.onStep(event);
  };
  return { packLog, onStep };
}

/** Stops and failed scans go into the pack log with their packer (the shift report counts them). */
export function noteOutcome(
  deps: Pick<FlowDeps, 'packLog' | 'now'>,
  outcome: ScanOutcome,
  packer: PackerRef | null,
): void {
  const base = { at: deps.now().toISOString(), orderCode: outcome.orderCode, packer };
  const event =
    outcome.kind === 'stop'
      ? { ...base, kind: 'stop' as const, reason: outcome.reason }
      : outcome.kind === 'packed_elsewhere'
        ? { ...base, kind: 'stop' as const, reason: 'packed_elsewhere' }
        : outcome.kind === 'failed'
          ? { ...base, kind: 'error' as const, reason: outcome.error.kind, step: outcome.error.step }
          : null;
  if (event) void deps.packLog.note(event).catch(() => undefined);
}

export function noteReprint(
  deps: Pick<FlowDeps, 'packLog' | 'now'>,
  orderCode: string,
  packer: PackerRef | null,
): void {
  const at = deps.now().toISOString();
  void deps.packLog
    .note({ at, kind: 'reprint', orderCode, reason: 'reprint', packer })
    .catch(() => undefined);
}

/** "A packer is required" and nobody is packing: the scan is refused in words, nothing is done. */
export function packerRequired(orderCode: string): ScanOutcome {
  return { kind: 'failed', orderCode, scanId: randomUUID(), error: peopleErrors.packerRequired(orderCode) };
}
