// The clips on disk: each is a WebM file (named by clip-names.ts) plus `<id>.json` beside it with what the
// name cannot hold (packer, start and end times, why it ended). A clip whose .json is missing or says it
// never ended still lists: it is what a crash or power cut left, and it plays up to its last whole chunk.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClipEndReason, ClipView } from '../../shared/video/types';
import { writeJsonAtomic } from '../files/durable-file';
import { parseClipName } from './clip-names';

export interface ClipMeta {
  id: string;
  orderCode: string;
  scanId: string;
  awb: string | null;
  packer: string | null;
  startedAt: string;
  endedAt: string | null;
  endReason: ClipEndReason | null;
}

export interface StoredClip {
  view: ClipView;
  path: string;
  metaPath: string;
  /** Last change of the file (ms): the order retention deletes in when start times tie. */
  mtimeMs: number;
}

export function metaPathFor(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

export function writeMeta(dir: string, meta: ClipMeta): Promise<void> {
  return writeJsonAtomic(metaPathFor(dir, meta.id), meta);
}

async function readMeta(path: string): Promise<Partial<ClipMeta> | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof raw === 'object' && raw !== null ? (raw as Partial<ClipMeta>) : null;
  } catch {
    return null;
  }
}

async function dirNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/**
 * Every clip under `root`, newest first. `active` ids are clips being recorded now (their end is null,
 * not 'interrupted').
 */
export async function listClips(root: string, active: ReadonlySet<string>): Promise<StoredClip[]> {
  const out: StoredClip[] = [];
  for (const date of await dirNames(root)) {
    const dir = join(root, date);
    for (const file of await dirNames(dir)) {
      const name = parseClipName(date, file);
      if (!name) continue;
      const path = join(dir, file);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      const metaPath = metaPathFor(dir, name.id);
      const meta = await readMeta(metaPath);
      const t = name.time;
      const startedAt =
        typeof meta?.startedAt === 'string'
          ? meta.startedAt
          : `${date}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}`;
      const endReason = meta?.endReason ?? (active.has(name.id) ? null : 'interrupted');
      out.push({
        path,
        metaPath,
        mtimeMs: info.mtimeMs,
        view: {
          id: name.id,
          orderCode: typeof meta?.orderCode === 'string' ? meta.orderCode : name.orderCode,
          awb: meta?.awb ?? name.awb,
          packer: meta?.packer ?? null,
          startedAt,
          endedAt: meta?.endedAt ?? null,
          endReason,
          bytes: info.size,
          fileName: `${date}/${file}`,
        },
      });
    }
  }
  return out.sort((a, b) => b.view.startedAt.localeCompare(a.view.startedAt) || b.mtimeMs - a.mtimeMs);
}

/** Clips whose order code or AWB contains the query (case-insensitive); an empty query lists them all. */
export function matchClips(clips: readonly StoredClip[], query: string): StoredClip[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...clips];
  const safe = q.replace(/[^a-z0-9-]/g, '-');
  return clips.filter((c) => {
    const hay = [c.view.orderCode, c.view.awb ?? '', c.view.fileName].map((s) => s.toLowerCase());
    return hay.some((h) => h.includes(q) || h.includes(safe));
  });
}
