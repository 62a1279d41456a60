// Line files the crash test trusts across kill -9: every line is written and fdatasync'd before the
// worker goes on (the acks of queued actions, the ledger of actions seen done). Readers skip a torn
// last line: a line counts only once its newline is on disk.
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export interface AckLine {
  id: string;
  orderCode: string;
  kind: string;
}

export interface DurableLines {
  /** Appends one JSON line; returns once it is on disk. */
  append(value: unknown): void;
  close(): void;
}

export function openDurableLines(path: string): DurableLines {
  const fd = openSync(path, 'a');
  let closed = false;
  return {
    append(value) {
      writeSync(fd, `${JSON.stringify(value)}\n`);
      fdatasyncSync(fd);
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/** Every complete line of the file, parsed; a missing file is empty. */
export async function readDurableLines<T>(path: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const end = text.lastIndexOf('\n');
  if (end < 0) return [];
  return text
    .slice(0, end)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}
