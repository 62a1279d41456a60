// The outbox's durable state: the journal replayed into state on open, every change applied in memory
// and then fsync'd, and compaction once settled records pile up (the snapshot is taken with appends
// held, so nothing written meanwhile is lost).
import { join } from 'node:path';
import { openJournal } from './journal';
import { parseRecord, type OutboxRecord } from './records';
import * as S from './state';
import { STEP_TARGET } from './settle';
import type { OutboxActionKind } from '../../shared/outbox/types';

export const JOURNAL_FILE = 'outbox.journal';

export interface StoreOptions {
  dir: string;
  keepSettled: number;
  /** Compact once the journal holds this many more records than live entries. */
  compactAfter: number;
  fsync?: boolean;
  warn: (message: string) => void;
  /** After a record is on disk (events, drain checks). */
  onDurable: (id: string) => void;
}

export interface OutboxStore {
  readonly state: S.OutboxState;
  /** Applies at once (later readers and a compaction snapshot see it); resolves once it is on disk. */
  commit(record: OutboxRecord): Promise<void>;
  close(): Promise<void>;
}

export async function openOutboxStore(opts: StoreOptions): Promise<OutboxStore> {
  const opened = await openJournal(join(opts.dir, JOURNAL_FILE), parseRecord, { fsync: opts.fsync });
  const { journal } = opened;
  let state = S.trimSettled(S.recoverInFlight(S.reduce(S.emptyState(), opened.records)), opts.keepSettled);
  let recordsInJournal = opened.records.length;
  const r = opened.recovery;
  if (r.tornTail || r.corrupt > 0) {
    opts.warn(`outbox journal recovered: ${r.records} records, ${r.corrupt} corrupt, torn=${r.tornTail}`);
  }
  let compacting: Promise<void> | null = null;
  let closed = false;

  function maybeCompact(): void {
    if (compacting || closed || recordsInJournal < state.entries.size + opts.compactAfter) return;
    compacting = journal
      .rewrite(() => {
        state = S.trimSettled(state, opts.keepSettled);
        const records = S.snapshotRecords(state);
        recordsInJournal = records.length;
        return records;
      })
      .catch((err: unknown) => opts.warn(`outbox compaction failed: ${String(err)}`))
      .finally(() => {
        compacting = null;
      });
  }

  const store: OutboxStore = {
    get state() {
      return state;
    },
    async commit(record) {
      S.applyInPlace(state, record);
      recordsInJournal += 1;
      await journal.append(record, { sync: needsSync(record, (id) => state.entries.get(id)?.kind) });
      opts.onDurable(record.t === 'entry' ? record.entry.id : record.id);
      maybeCompact();
    },
    async close() {
      closed = true;
      while (compacting) await compacting;
      await journal.close();
    },
  };
  maybeCompact();
  return store;
}

/**
 * What must be on disk before anyone is told or the next request leaves: the queueing (enqueue), an
 * attempt before its request, every failure or stop, the operator's retry and discard — after any crash,
 * power cut included, a step that may have reached the API is known as such and settled through
 * tracking. The outbox keeps this cheap by running more turns than API slots, so one grouped fsync covers
 * the next attempts while earlier requests are out (outbox.ts, slots.ts; measured in bench:outbox).
 *
 * Not waited for: a backoff, and the `done` of a step tracking can see (set-process, set-packed, ship).
 * Lost in a power cut, either leaves the entry "attempted, outcome unknown", which is settled through
 * tracking the same way — nothing is sent twice. Written in order, they are on disk with the next synced
 * record anyway (the next step's attempt), so the packer's scan waits on one fsync per step, not two.
 * mark_printed (invisible in tracking) and return keep their fsync.
 */
export function needsSync(
  record: OutboxRecord,
  kindOf: (id: string) => OutboxActionKind | undefined = () => undefined,
): boolean {
  if (record.t === 'retry') return record.by !== 'backoff';
  if (record.t === 'done') {
    const kind = kindOf(record.id);
    return kind === undefined || STEP_TARGET[kind] === null || kind === 'return';
  }
  return true;
}
