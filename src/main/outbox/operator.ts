// What the operator does on the Outbox screen: send a refused action again (one, or all of them after
// the cause was fixed, e.g. the API key), or discard one with a reason. Each decision is journaled and
// fsync'd before the scheduler may act on it: the actions are locked (held back) until then.
import { StationError } from '../errors/station-error';
import { retryAllCandidates, type RetryAllFilter } from '../../shared/outbox/retry-all';
import type { OutboxEntry } from './records';
import type { Scheduler } from './scheduler';
import type { OutboxStore } from './store';
import type { SubmitResult } from './types';

export interface OperatorDeps {
  store: OutboxStore;
  scheduler: Scheduler;
  /** Actions an operator decision is being journaled for (the scheduler does not start them). */
  locked: Set<string>;
  iso: () => string;
  /** Waits for the entry's turn when it can go now; otherwise says why it waits. */
  sendNowOrQueue: (entry: OutboxEntry) => Promise<SubmitResult>;
}

export function createOperatorActions(deps: OperatorDeps) {
  const { store, scheduler, locked, iso } = deps;

  /** Journals "back to queued, by the operator" for each entry, in the order given, with one fsync. */
  async function requeue(entries: readonly OutboxEntry[]): Promise<void> {
    for (const entry of entries) locked.add(entry.id);
    try {
      // Each commit applies at once, in this order, and the journal writes them in this order; the
      // appends share one write and one fsync.
      await Promise.all(
        entries.map((entry) =>
          store.commit({
            t: 'retry',
            id: entry.id,
            rev: entry.rev + 1,
            at: iso(),
            by: 'operator',
            error: null,
            unknown: entry.unknown,
            nextAttemptAt: null,
          }),
        ),
      );
    } finally {
      for (const entry of entries) locked.delete(entry.id);
    }
  }

  return {
    async retry(id: string): Promise<SubmitResult> {
      const entry = store.state.entries.get(id);
      if (!entry || (entry.state !== 'failed' && entry.state !== 'stopped') || locked.has(id)) {
        throw new StationError({
          kind: 'invalid_input',
          message: `Outbox action ${id} cannot be sent again now: it is not refused or stopped.`,
          action: 'Reload the outbox list; it may have been sent or discarded meanwhile.',
          key: { key: 'outboxErrors.notRetryable', values: { id } },
        });
      }
      await requeue([entry]);
      const now = store.state.entries.get(id);
      if (!now) throw new Error(`outbox action ${id} vanished`);
      return deps.sendNowOrQueue(now);
    },

    /**
     * Every failed action (optionally of one error kind) back to queued, in the journal's order, so each
     * order's steps go in their order; orders stopped because they changed elsewhere are left alone.
     * Returns once that is durable; the sending happens in the background.
     */
    async retryAll(filter: RetryAllFilter = {}): Promise<{ retried: number }> {
      const all = [...store.state.entries.values()].sort((a, b) => a.seq - b.seq);
      const chosen = retryAllCandidates(all, filter).filter((entry) => !locked.has(entry.id));
      if (chosen.length > 0) await requeue(chosen);
      scheduler.pump();
      return { retried: chosen.length };
    },

    async discard(id: string, reason: string): Promise<void> {
      const entry = store.state.entries.get(id);
      const allowed = entry && ['failed', 'stopped', 'queued'].includes(entry.state);
      if (!entry || !allowed || locked.has(id) || scheduler.isActive(entry.orderCode)) {
        throw new StationError({
          kind: 'invalid_input',
          message: `Outbox action ${id} cannot be discarded now (${entry?.state ?? 'not in the outbox'}).`,
          action: 'Reload the outbox list; it may have been sent or discarded meanwhile.',
          key: entry
            ? { key: 'outboxErrors.notDiscardable', values: { id, state: entry.state } }
            : { key: 'outboxErrors.notDiscardableMissing', values: { id } },
        });
      }
      locked.add(id);
      try {
        await store.commit({
          t: 'discard',
          id,
          rev: entry.rev + 1,
          at: iso(),
          reason: reason.trim() || 'discarded',
        });
      } finally {
        locked.delete(id);
      }
      scheduler.pump();
    },
  };
}
