// Follows the outbox's changes for the flow: step events for actions that outlive their scan (queued
// steps, mark-printed, ship), the work queue's statuses, and the labels-pending tray — a waiting label is
// fetched once its set-packed is done, and an order stopped while queued leaves the tray unprinted.
import type { StepState } from '../../shared/station/flow';
import type { OutboxEntryView, OutboxEntryState } from '../../shared/outbox/types';
import type { FlowDeps } from './flow-deps';
import type { LabelWaiter } from './label-waiter';

const STEP_STATE: Record<OutboxEntryState, StepState> = {
  queued: 'queued',
  sending: 'running',
  done: 'done',
  failed: 'failed',
  stopped: 'failed',
  discarded: 'skipped',
};

type FollowDeps = Pick<FlowDeps, 'outbox' | 'outboxScans' | 'orders' | 'packLog' | 'now' | 'tray' | 'runner'>;

export function followOutbox(deps: FollowDeps, waiter: Pick<LabelWaiter, 'fetchAll'>): () => void {
  // After a restart the journal's pending actions belong to scans of an earlier run: show them too.
  for (const entry of deps.outbox.list()) {
    // Returns belong to the returns bench (src/main/returns), not to a packing scan.
    if (entry.kind === 'return') continue;
    if (entry.state === 'queued' || entry.state === 'sending' || entry.state === 'failed')
      deps.outboxScans.follow(entry.id, scanIdOf(deps, entry), 'queued');
  }
  return deps.outbox.onChange(({ entry }) => {
    if (entry.kind === 'return') return;
    afterChange(deps, waiter, entry);
    const state = STEP_STATE[entry.state];
    // Not followed: a step its scan is still showing live. A queued one stays "queued" through retries.
    const scanId = deps.outboxScans.advance(entry.id, state);
    if (scanId === null) return;
    const step = entry.kind === 'set_process_packed' ? 'set_packed' : entry.kind;
    deps.runner.event({ orderCode: entry.orderCode, scanId }, step, state, {
      ...(entry.lastError && state !== 'done' ? { error: entry.lastError } : {}),
      detail: {
        outboxId: entry.id,
        attempts: entry.attempts,
        ...(entry.requestId ? { requestId: entry.requestId } : {}),
        ...(entry.note ? { note: entry.note } : {}),
      },
    });
  });
}

function afterChange(deps: FollowDeps, waiter: Pick<LabelWaiter, 'fetchAll'>, entry: OutboxEntryView): void {
  const code = entry.orderCode;
  const packing = entry.kind === 'set_packed' || entry.kind === 'set_process_packed';
  if (entry.state === 'done') {
    if (entry.kind === 'set_process') deps.orders.noteStatus(code, 'process');
    if (entry.kind === 'ship') deps.orders.noteStatus(code, 'shipped');
    if (packing) {
      deps.orders.noteStatus(code, 'packed');
      // This station packed it: a re-scan picks up at the label, even if the tray entry never got written.
      if (!deps.packLog.get(code)?.packedAt) {
        const scanId = deps.outboxScans.scanOf(entry.id) ?? scanIdOf(deps, entry);
        void deps.packLog.markPacked(code, scanId, deps.now()).catch(() => undefined);
      }
    }
    // Any success means the API is back: waiting labels whose packing is done can be fetched.
    waiter.fetchAll();
    return;
  }
  // Moved elsewhere (cancelled, packed at another station) or dropped: its label must never print here.
  if ((entry.state === 'stopped' || entry.state === 'discarded') && entry.kind !== 'mark_printed') {
    if (deps.tray.get(code)?.state === 'waiting_label') void deps.tray.remove(code).catch(() => undefined);
  }
}

function scanIdOf(deps: Pick<FlowDeps, 'tray' | 'packLog'>, entry: OutboxEntryView): string {
  return deps.tray.get(entry.orderCode)?.scanId ?? deps.packLog.get(entry.orderCode)?.scanId ?? entry.id;
}
