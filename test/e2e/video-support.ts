// Helpers for the video specs: camera settings written before the host starts, the clips on disk with their
// .json, a channel called the way the renderer's bridge calls it, and a clip played in the page.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { VideoSettingsPatch } from '../../src/shared/video/types';
import type { Host } from './harness';

export async function dataDirWithVideo(settings: VideoSettingsPatch): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'station-video-'));
  await mkdir(join(dataDir, 'video'), { recursive: true, mode: 0o700 });
  await writeFile(join(dataDir, 'video', 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
  return dataDir;
}

export interface ClipOnDisk {
  file: string;
  path: string;
  meta: { orderCode: string; awb: string | null; endReason: string | null; packer: string | null };
}

export async function clipsOnDisk(dataDir: string): Promise<ClipOnDisk[]> {
  const root = join(dataDir, 'video', 'clips');
  const out: ClipOnDisk[] = [];
  const dates = await readdir(root).catch(() => [] as string[]);
  for (const date of dates) {
    for (const file of await readdir(join(root, date))) {
      const m = /_([0-9a-f]{16})(?:_[A-Za-z0-9-]+)?\.webm$/.exec(file);
      if (!m) continue;
      const meta = JSON.parse(await readFile(join(root, date, `${m[1]}.json`), 'utf8')) as ClipOnDisk['meta'];
      out.push({ file, path: join(root, date, file), meta });
    }
  }
  return out;
}

export async function rpc(
  host: Host,
  channel: string,
  arg?: unknown,
): Promise<{ ok: boolean; error?: { message: string } }> {
  const token = /#token=([^&]+)/.exec(host.url)?.[1] ?? '';
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, Origin: host.origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ arg }),
  });
  return (await res.json()) as { ok: boolean; error?: { message: string } };
}

/** Chromium decodes the clip: its first frame has a picture size and the element raised no error. */
export async function playsInBrowser(
  page: Page,
  bytes: Buffer,
): Promise<{ width: number; error: string | null }> {
  return page.evaluate(async (b64) => {
    const bin = atob(b64);
    const arr = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([arr], { type: 'video/webm' }));
    const video = document.createElement('video');
    video.muted = true;
    const result = await new Promise<{ width: number; error: string | null }>((resolve) => {
      video.onloadeddata = () => resolve({ width: video.videoWidth, error: null });
      video.onerror = () => resolve({ width: 0, error: video.error?.message ?? 'error' });
      setTimeout(() => resolve({ width: video.videoWidth, error: 'timeout' }), 10_000);
      video.src = url;
    });
    URL.revokeObjectURL(url);
    return result;
  }, bytes.toString('base64'));
}
