// Which outbox actions have ever settled (done, or discarded), across every run of the station on a data dir. The outbox
// keeps only its latest 200 settled actions (older ones are trimmed when it opens or compacts), so the
// final journal alone cannot show that an early acknowledged action was done rather than lost. Each worker
// therefore (1) reads the journal as it is on disk BEFORE the station opens (and trims) it, and (2) follows
// the live outbox, writing every id it sees settle to an fsync'd ledger. An entry can only be trimmed once
// 200 later ones have settled, so between the two nothing done can slip through a kill -9.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanJournal } from '../../src/main/outbox/journal';
import { parseRecord, type OutboxRecord } from '../../src/main/outbox/records';
import { emptyState, reduce } from '../../src/main/outbox/state';
import type { Outbox } from '../../src/main/outbox/types';
import { openDurableLines, readDurableLines, type DurableLines } from './durable-lines';

export interface LedgerLine {
  id: string;
  orderCode: string;
  kind: string;
  state: 'done' | 'discarded';
  /** Where it was seen settled: the journal before open, or the live outbox. */
  seen: 'journal' | 'live';
}

interface SettledCandidate {
  id: string;
  orderCode: string;
  kind: string;
  state: string;
}

export function journalPath(dataDir: string): string {
  return join(dataDir, 'outbox', 'outbox.journal');
}

/** The journal's entries as the file holds them now (records replayed, nothing trimmed). */
export async function journalEntries(dataDir: string) {
  let text = '';
  try {
    text = await readFile(journalPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const records: OutboxRecord[] = [];
  for (const value of scanJournal(text).values) {
    const record = parseRecord(value);
    if (record) records.push(record);
  }
  return [...reduce(emptyState(), records).entries.values()];
}

export class DoneLedger {
  private readonly known = new Set<string>();

  private constructor(private readonly lines: DurableLines) {}

  static async open(path: string): Promise<DoneLedger> {
    const ledger = new DoneLedger(openDurableLines(path));
    for (const line of await readDurableLines<LedgerLine>(path)) ledger.known.add(line.id);
    return ledger;
  }

  /** Records what the journal on disk shows settled; call before the station opens the outbox. */
  async recordJournal(dataDir: string): Promise<number> {
    let added = 0;
    for (const entry of await journalEntries(dataDir)) {
      if (this.note(entry, 'journal')) added++;
    }
    return added;
  }

  /** Records every action the live outbox reports settled (the report comes after its journal write). */
  follow(outbox: Outbox): () => void {
    for (const entry of outbox.list()) this.note(entry, 'live');
    return outbox.onChange(({ entry }) => void this.note(entry, 'live'));
  }

  size(): number {
    return this.known.size;
  }

  close(): void {
    this.lines.close();
  }

  private note(entry: SettledCandidate, seen: LedgerLine['seen']): boolean {
    if ((entry.state !== 'done' && entry.state !== 'discarded') || this.known.has(entry.id)) return false;
    this.known.add(entry.id);
    const { id, orderCode, kind } = entry;
    const state = entry.state === 'done' ? 'done' : 'discarded';
    this.lines.append({ id, orderCode, kind, state, seen } satisfies LedgerLine);
    return true;
  }
}
