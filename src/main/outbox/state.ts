// The outbox's state from its journal: a pure reducer (record → next entry) and the queries the
// scheduler and the screens need. Applying a record twice, or an older one after a newer, changes
// nothing: every change carries the entry's revision and only a newer revision applies.
import type { OutboxEntryView, OutboxSummary } from '../../shared/outbox/types';
import type { OutboxEntry, OutboxRecord } from './records';

export interface OutboxState {
  entries: Map<string, OutboxEntry>;
  /** Entry ids per order code, in sequence order (an index: the scheduler looks at heads only). */
  orders: Map<string, string[]>;
  /**
   * Orders with at least one unsettled entry (an index: without it every pump walked the settled
   * history of every order, and a replay of 1,000 actions spent most of its overhead there).
   */
  open: Set<string>;
  /** The next free global sequence number. */
  nextSeq: number;
}

export function emptyState(): OutboxState {
  return { entries: new Map(), orders: new Map(), open: new Set(), nextSeq: 0 };
}

function copyState(state: OutboxState): OutboxState {
  const orders = new Map<string, string[]>([...state.orders].map(([code, ids]) => [code, [...ids]]));
  return { entries: new Map(state.entries), orders, open: new Set(state.open), nextSeq: state.nextSeq };
}

function indexEntry(state: OutboxState, entry: OutboxEntry): void {
  const ids = state.orders.get(entry.orderCode) ?? [];
  ids.push(entry.id);
  const last = ids.length > 1 ? state.entries.get(ids[ids.length - 2]) : undefined;
  if (last && last.seq > entry.seq) {
    ids.sort((a, b) => (state.entries.get(a)?.seq ?? 0) - (state.entries.get(b)?.seq ?? 0));
  }
  state.orders.set(entry.orderCode, ids);
}

const SETTLED = new Set(['done', 'discarded']);
/** Entries an order's later steps wait behind. */
const PENDING = new Set(['queued', 'sending', 'failed', 'stopped']);

export function isSettled(entry: OutboxEntry): boolean {
  return SETTLED.has(entry.state);
}

/** The entry after `record`, or `prev` unchanged (same object) when the record does not apply. */
export function nextEntry(prev: OutboxEntry | undefined, record: OutboxRecord): OutboxEntry | undefined {
  if (record.t === 'enqueue') {
    if (prev) return prev;
    return {
      id: record.id,
      seq: record.seq,
      rev: 0,
      orderCode: record.orderCode,
      kind: record.kind,
      ...(record.pickupOption ? { pickupOption: record.pickupOption } : {}),
      ...(record.returnBy ? { returnBy: record.returnBy } : {}),
      ...(record.returnReason !== undefined ? { returnReason: record.returnReason } : {}),
      ...(record.scanId ? { scanId: record.scanId } : {}),
      ...(record.packer ? { packer: record.packer } : {}),
      state: 'queued',
      createdAt: record.at,
      attempts: 0,
      lastAttemptAt: null,
      nextAttemptAt: null,
      lastError: null,
      note: null,
      requestId: null,
      unknown: false,
      settledAt: null,
    };
  }
  if (record.t === 'entry') {
    return prev && prev.rev >= record.entry.rev ? prev : record.entry;
  }
  // A change for an entry we never saw enqueued (compacted away) or older than what we have: ignore.
  if (!prev || record.rev <= prev.rev) return prev;
  const at = record.at;
  const next = { ...prev, rev: record.rev };
  switch (record.t) {
    case 'attempt':
      return {
        ...next,
        state: 'sending',
        attempts: Math.max(prev.attempts, record.n),
        lastAttemptAt: at,
        nextAttemptAt: null,
        // Until an answer says otherwise, this attempt may have reached the API.
        unknown: true,
      };
    case 'done':
      return {
        ...next,
        state: 'done',
        requestId: record.requestId,
        note: record.note ?? (record.via === 'sent' ? 'sent' : 'already done (seen in tracking)'),
        nextAttemptAt: null,
        unknown: false,
        settledAt: at,
      };
    case 'failed':
      return {
        ...next,
        state: 'failed',
        lastError: record.error,
        requestId: record.error.requestId,
        nextAttemptAt: null,
        unknown: record.unknown ?? false,
      };
    case 'stopped':
      return { ...next, state: 'stopped', lastError: record.error, note: record.note, nextAttemptAt: null };
    case 'retry':
      return {
        ...next,
        state: 'queued',
        lastError: record.error ?? prev.lastError,
        requestId: record.error?.requestId ?? prev.requestId,
        unknown: record.unknown,
        nextAttemptAt: record.nextAttemptAt,
      };
    case 'discard':
      return { ...next, state: 'discarded', note: record.reason, nextAttemptAt: null, settledAt: at };
  }
}

/** Folds records into a state (the replay on open); the input state is not changed. */
export function reduce(state: OutboxState, records: Iterable<OutboxRecord>): OutboxState {
  const next = copyState(state);
  for (const record of records) applyInPlace(next, record);
  return next;
}

/** The live outbox's step: the same rule as reduce, on a state it owns (no copy per record). */
export function applyInPlace(state: OutboxState, record: OutboxRecord): void {
  const id = record.t === 'entry' ? record.entry.id : record.id;
  const prev = state.entries.get(id);
  const next = nextEntry(prev, record);
  if (next && next !== prev) {
    state.entries.set(id, next);
    if (!prev) indexEntry(state, next);
    if (!isSettled(next)) state.open.add(next.orderCode);
    else if (!prev || !isSettled(prev)) closeIfSettled(state, next.orderCode);
  }
  if (next) state.nextSeq = Math.max(state.nextSeq, next.seq + 1);
}

function closeIfSettled(state: OutboxState, orderCode: string): void {
  for (const id of state.orders.get(orderCode) ?? []) {
    const entry = state.entries.get(id);
    if (entry && !isSettled(entry)) return;
  }
  state.open.delete(orderCode);
}

/** After a crash: an attempt that was in flight has an unknown outcome; it waits in the queue again. */
export function recoverInFlight(state: OutboxState): OutboxState {
  const next = copyState(state);
  for (const [id, entry] of next.entries) {
    if (entry.state === 'sending') next.entries.set(id, { ...entry, state: 'queued', unknown: true });
  }
  return next;
}

export function byOrder(state: OutboxState, orderCode: string): OutboxEntry[] {
  const out: OutboxEntry[] = [];
  for (const id of state.orders.get(orderCode) ?? []) {
    const entry = state.entries.get(id);
    if (entry) out.push(entry);
  }
  return out;
}

/** The first unsettled entry of each order (but those skipped): the only one of its order that may go next. */
export function* heads(state: OutboxState, skip?: (orderCode: string) => boolean): Generator<OutboxEntry> {
  for (const orderCode of state.open) {
    if (skip?.(orderCode)) continue;
    for (const id of state.orders.get(orderCode) ?? []) {
      const entry = state.entries.get(id);
      if (!entry || isSettled(entry)) continue;
      yield entry;
      break;
    }
  }
}

export function isPending(entry: OutboxEntry): boolean {
  return PENDING.has(entry.state);
}

/**
 * Settled entries beyond the most recent `keep` are dropped, except those of an order that still has
 * pending steps (settling an unknown outcome needs to know what this station already did).
 */
export function trimSettled(state: OutboxState, keep: number): OutboxState {
  const settled = [...state.entries.values()].filter(isSettled);
  if (settled.length <= keep) return state;
  const busyOrders = new Set(
    [...state.entries.values()].filter((e) => !isSettled(e)).map((e) => e.orderCode),
  );
  settled.sort((a, b) => (b.settledAt ?? '').localeCompare(a.settledAt ?? '') || b.seq - a.seq);
  const next = copyState(state);
  for (const entry of settled.slice(keep)) {
    if (busyOrders.has(entry.orderCode)) continue;
    next.entries.delete(entry.id);
    const ids = (next.orders.get(entry.orderCode) ?? []).filter((id) => id !== entry.id);
    if (ids.length > 0) next.orders.set(entry.orderCode, ids);
    else next.orders.delete(entry.orderCode);
  }
  return next;
}

/** Records that rebuild exactly this state (compaction). */
export function snapshotRecords(state: OutboxState): OutboxRecord[] {
  return [...state.entries.values()].sort((a, b) => a.seq - b.seq).map((entry) => ({ t: 'entry', entry }));
}

export function toView(entry: OutboxEntry): OutboxEntryView {
  return {
    id: entry.id,
    orderCode: entry.orderCode,
    kind: entry.kind,
    ...(entry.pickupOption ? { pickupOption: entry.pickupOption } : {}),
    ...(entry.packer ? { packer: entry.packer } : {}),
    ...(entry.returnBy ? { returnBy: entry.returnBy } : {}),
    ...(entry.scanId ? { scanId: entry.scanId } : {}),
    state: entry.state,
    createdAt: entry.createdAt,
    attempts: entry.attempts,
    lastAttemptAt: entry.lastAttemptAt,
    nextAttemptAt: entry.nextAttemptAt,
    lastError: entry.lastError,
    note: entry.note,
    requestId: entry.requestId,
  };
}

export function summarise(state: OutboxState): OutboxSummary {
  let queued = 0;
  let failed = 0;
  let stopped = 0;
  let oldest: string | null = null;
  for (const entry of state.entries.values()) {
    if (entry.state === 'queued' || entry.state === 'sending') {
      queued += 1;
      if (oldest === null || entry.createdAt < oldest) oldest = entry.createdAt;
    } else if (entry.state === 'failed') failed += 1;
    else if (entry.state === 'stopped') stopped += 1;
  }
  return { queued, failed, stopped, oldestQueuedAt: oldest };
}
