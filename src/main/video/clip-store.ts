// One clip per order, written as it records: start creates the file (and its .json), each chunk is appended
// and flushed to disk before it is acknowledged, finish closes it and names it with the AWB when known.
// A crash keeps every acknowledged chunk; WebM cut at a chunk boundary still plays.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, rename, stat, statfs, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import {
  MAX_CLIP_BYTES,
  type ClipEndReason,
  type ClipView,
  type VideoStorageView,
} from '../../shared/video/types';
import { ensureDir, FILE_MODE, syncDir } from '../files/durable-file';
import { StationError } from '../errors/station-error';
import { clipPath, localStamp, type ClipName } from './clip-names';
import { listClips, matchClips, writeMeta, type ClipMeta, type StoredClip } from './clip-files';
import { applyRetention } from './retention';

export interface ClipStoreOptions {
  /** The clips folder (under the data dir). */
  root: string;
  timeZone(): string;
  limits(): { days: number; maxBytes: number };
  now?: () => Date;
  /** Least time between two retention runs after finished clips (listing every clip is not free). */
  retentionEveryMs?: number;
}

interface ActiveClip {
  meta: ClipMeta;
  name: ClipName;
  path: string;
  fh: FileHandle;
  nextSeq: number;
  bytes: number;
  /** Appends and the finish run one after another. */
  chain: Promise<unknown>;
}

const READ_SLICE = 512 * 1024;

/** A refusal in words, with the renderer's key for them (benchErrors.clip.<key>) and their values. */
function refuse(message: string, key: string, values: Record<string, string | number> = {}): StationError {
  return new StationError({
    kind: 'invalid_input',
    message,
    key: { key: `benchErrors.clip.${key}`, values },
  });
}

export class ClipStore {
  private readonly active = new Map<string, ActiveClip>();
  private readonly now: () => Date;
  private lastRetention = Number.NEGATIVE_INFINITY;

  constructor(private readonly opts: ClipStoreOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  async start(input: { orderCode: string; scanId: string; packer: string | null }): Promise<ClipView> {
    const at = this.now();
    const id = randomBytes(8).toString('hex');
    const stamp = localStamp(at, this.opts.timeZone());
    const name: ClipName = { ...stamp, orderCode: input.orderCode, id, awb: null };
    const path = clipPath(this.opts.root, name);
    await ensureDir(dirname(path));
    const meta: ClipMeta = {
      id,
      orderCode: input.orderCode,
      scanId: input.scanId,
      awb: null,
      packer: input.packer,
      startedAt: at.toISOString(),
      endedAt: null,
      endReason: null,
    };
    await writeMeta(dirname(path), meta);
    const fh = await open(path, 'wx', FILE_MODE);
    await syncDir(dirname(path));
    this.active.set(id, { meta, name, path, fh, nextSeq: 0, bytes: 0, chain: Promise.resolve() });
    return this.viewOf(meta, path, 0, null);
  }

  /** Appends chunk `seq` (0, 1, 2... with no gaps) and flushes it to disk before answering. */
  async append(id: string, seq: number, data: Buffer): Promise<number> {
    const clip = this.activeClip(id);
    return this.queue(clip, async () => {
      if (seq !== clip.nextSeq)
        throw refuse(`Video chunk ${seq} arrived, ${clip.nextSeq} was expected.`, 'chunkOrder', {
          seq,
          expected: clip.nextSeq,
        });
      if (clip.bytes + data.length > MAX_CLIP_BYTES)
        throw refuse('This clip reached the longest a clip may be.', 'tooLong');
      await clip.fh.write(data);
      await clip.fh.datasync();
      clip.nextSeq += 1;
      clip.bytes += data.length;
      return clip.bytes;
    });
  }

  /** Kept in the clip's .json at once (a crash keeps it), and in its name when it finishes. */
  async setAwb(id: string, awb: string | null): Promise<void> {
    const clip = this.active.get(id);
    if (!clip || !awb) return;
    clip.meta.awb = awb;
    await this.queue(clip, () => writeMeta(dirname(clip.path), clip.meta));
  }

  orderOf(id: string): string | null {
    return this.active.get(id)?.meta.orderCode ?? null;
  }

  async finish(id: string, reason: ClipEndReason): Promise<ClipView> {
    const clip = this.activeClip(id);
    const view = await this.queue(clip, async () => {
      await clip.fh.close();
      this.active.delete(id);
      clip.meta.endedAt = this.now().toISOString();
      clip.meta.endReason = reason;
      let path = clip.path;
      if (clip.meta.awb) {
        path = clipPath(this.opts.root, { ...clip.name, awb: clip.meta.awb });
        await rename(clip.path, path);
      }
      await writeMeta(dirname(path), clip.meta);
      return this.viewOf(clip.meta, path, clip.bytes, reason);
    });
    if (this.now().getTime() - this.lastRetention >= (this.opts.retentionEveryMs ?? 10 * 60_000))
      await this.enforceRetention();
    return view;
  }

  async search(query: string): Promise<ClipView[]> {
    return matchClips(await this.all(), query).map((c) => c.view);
  }

  async read(id: string, offset: number): Promise<{ data: string; size: number; next: number | null }> {
    const clip = await this.find(id);
    const fh = await open(clip.path, 'r');
    try {
      const size = (await fh.stat()).size;
      const length = Math.max(0, Math.min(READ_SLICE, size - offset));
      const buf = Buffer.alloc(length);
      const { bytesRead } = length ? await fh.read(buf, 0, length, offset) : { bytesRead: 0 };
      const end = offset + bytesRead;
      return { data: buf.subarray(0, bytesRead).toString('base64'), size, next: end < size ? end : null };
    } finally {
      await fh.close();
    }
  }

  /** Copies the clip into an existing folder, never over a file already there. */
  async exportTo(id: string, folder: string): Promise<string> {
    if (!isAbsolute(folder)) throw refuse('Give the full path of the folder to export to.', 'fullPath');
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) throw refuse(`There is no folder at ${folder}.`, 'noFolder', { folder });
    const clip = await this.find(id);
    const target = join(folder, basename(clip.path));
    try {
      await copyFile(clip.path, target, constants.COPYFILE_EXCL);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST')
        throw refuse(`${basename(clip.path)} is already in that folder.`, 'exists', {
          file: basename(clip.path),
        });
      throw err;
    }
    return target;
  }

  async storage(): Promise<VideoStorageView> {
    const clips = await this.all();
    await ensureDir(this.opts.root);
    const fs = await statfs(this.opts.root).catch(() => null);
    return {
      usedBytes: clips.reduce((sum, c) => sum + c.view.bytes, 0),
      clips: clips.length,
      freeBytes: fs ? fs.bavail * fs.bsize : null,
      folder: this.opts.root,
    };
  }

  async enforceRetention(): Promise<string[]> {
    const { days, maxBytes } = this.opts.limits();
    this.lastRetention = this.now().getTime();
    return applyRetention(await this.all(), new Set(this.active.keys()), { days, maxBytes, now: this.now() });
  }

  /** Closes every open clip as stopped (a clean shutdown); a crash leaves them 'interrupted' instead. */
  async close(): Promise<void> {
    for (const id of [...this.active.keys()]) await this.finish(id, 'stopped').catch(() => undefined);
  }

  private all(): Promise<StoredClip[]> {
    return listClips(this.opts.root, new Set(this.active.keys()));
  }

  private async find(id: string): Promise<StoredClip> {
    const clip = (await this.all()).find((c) => c.view.id === id);
    if (!clip)
      throw new StationError({
        kind: 'not_found',
        message: 'That clip is no longer on this station.',
        key: { key: 'benchErrors.clip.gone' },
      });
    return clip;
  }

  private activeClip(id: string): ActiveClip {
    const clip = this.active.get(id);
    if (!clip)
      throw refuse('That clip is not being recorded (it ended, or the station restarted).', 'notRecording');
    return clip;
  }

  private queue<T>(clip: ActiveClip, job: () => Promise<T>): Promise<T> {
    const next = clip.chain.then(job);
    clip.chain = next.catch(() => undefined);
    return next;
  }

  private viewOf(meta: ClipMeta, path: string, bytes: number, reason: ClipEndReason | null): ClipView {
    return {
      id: meta.id,
      orderCode: meta.orderCode,
      awb: meta.awb,
      packer: meta.packer,
      startedAt: meta.startedAt,
      endedAt: meta.endedAt,
      endReason: reason,
      bytes,
      fileName: `${basename(dirname(path))}/${basename(path)}`,
    };
  }
}
