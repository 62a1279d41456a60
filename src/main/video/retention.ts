// Keep N days and at most M bytes of clips, deleting the oldest first. Clips being recorded are never
// deleted. planRetention is pure (tested directly); applyRetention deletes what it plans.
import { rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredClip } from './clip-files';

export interface RetentionLimits {
  days: number;
  maxBytes: number;
  now: Date;
}

export interface RetentionCandidate {
  id: string;
  startedAt: string;
  bytes: number;
  active: boolean;
}

/** The ids to delete, oldest first: everything older than `days`, then the oldest until under `maxBytes`. */
export function planRetention(clips: readonly RetentionCandidate[], limits: RetentionLimits): string[] {
  const oldestFirst = [...clips].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const cutoff = limits.now.getTime() - limits.days * 24 * 60 * 60 * 1000;
  let total = clips.reduce((sum, c) => sum + c.bytes, 0);
  const doomed: string[] = [];
  for (const clip of oldestFirst) {
    if (clip.active) continue;
    const started = Date.parse(clip.startedAt);
    const tooOld = Number.isFinite(started) && started < cutoff;
    if (!tooOld && total <= limits.maxBytes) continue;
    doomed.push(clip.id);
    total -= clip.bytes;
  }
  return doomed;
}

/** Deletes the planned clips (video and its .json), and date folders left empty. Returns what it deleted. */
export async function applyRetention(
  clips: readonly StoredClip[],
  active: ReadonlySet<string>,
  limits: RetentionLimits,
): Promise<string[]> {
  const ids = planRetention(
    clips.map((c) => ({
      id: c.view.id,
      startedAt: c.view.startedAt,
      bytes: c.view.bytes,
      active: active.has(c.view.id),
    })),
    limits,
  );
  const byId = new Map(clips.map((c) => [c.view.id, c]));
  for (const id of ids) {
    const clip = byId.get(id);
    if (!clip) continue;
    await rm(clip.path, { force: true });
    await rm(clip.metaPath, { force: true });
    // Only succeeds when the date folder is empty now.
    await rmdir(dirname(clip.path)).catch(() => undefined);
  }
  return ids;
}
