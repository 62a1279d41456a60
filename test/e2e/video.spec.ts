// Proof of packing, end to end with Chromium's fake camera: one scan gives one playable clip named for its
// order (and AWB), two quick scans give two clips, and a kill -9 mid-recording leaves a playable partial clip.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FAKE_CAMERA_ARGS } from '../support/chromium';
import { readWebm } from '../support/webm';
import { packable, scan, startApi, startHost, waitFor, type Host } from './harness';
import { clipsOnDisk, dataDirWithVideo, playsInBrowser, type ClipOnDisk } from './video-support';

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...FAKE_CAMERA_ARGS] } });

// Small and slow on purpose: the machine is shared.
const CAMERA = { mode: 'optional', resolution: '320x240', frameRate: 10, stopAfterSeconds: 2 } as const;

let api: RunningSandbox;
let host: Host;
let codes: string[];

test.beforeAll(async () => {
  api = await startApi();
  host = await startHost({ api, dataDir: await dataDirWithVideo(CAMERA) });
  codes = await packable(api, 'to_process', 6);
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

async function open(page: Page, h: Host = host): Promise<void> {
  await page.goto(h.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
  await expect(page.getByTestId('recording')).toHaveAttribute('data-state', 'ready');
}

function clipsFor(all: ClipOnDisk[], code: string): ClipOnDisk[] {
  return all.filter((c) => c.meta.orderCode === code);
}

async function finishedClip(dataDir: string, code: string): Promise<ClipOnDisk> {
  return waitFor(
    `the finished clip of ${code}`,
    async () => clipsFor(await clipsOnDisk(dataDir), code).find((c) => c.meta.endReason !== null),
    40_000,
  );
}

test('one scan gives one playable clip named for its order and AWB', async ({ page }) => {
  await open(page);
  const code = codes[0] ?? '';
  await scan(page, code);
  await expect(page.getByTestId('recording')).toContainText(code);
  const clip = await finishedClip(host.dataDir, code);
  expect(clip.meta.endReason).toBe('printed');
  expect(clip.file).toContain(code.replace(/[^A-Za-z0-9-]/g, '-'));
  expect(clip.meta.awb).toBeTruthy();
  expect(clip.file).toContain(`_${clip.meta.awb ?? '?'}.webm`);
  expect(clip.meta.packer).toBeNull();
  const bytes = await readFile(clip.path);
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  const facts = readWebm(bytes);
  expect(facts.blocks).toBeGreaterThan(1);
  expect(facts.durationMs).toBeGreaterThan(0);
  expect(facts.trailingBytes).toBe(0);
  expect(await playsInBrowser(page, bytes)).toEqual({ width: 320, error: null });
  expect(clipsFor(await clipsOnDisk(host.dataDir), code)).toHaveLength(1);

  // Found again by its order code, on the find screen.
  await page.getByTestId('nav-clips').click();
  await page.getByTestId('clip-search').fill(code);
  await page.getByTestId('clip-search').press('Enter');
  await expect(page.locator(`[data-order="${code}"]`)).toHaveCount(1);
  await page.locator(`[data-order="${code}"] button`).first().click();
  const player = page.getByTestId('clip-video');
  await expect(player).toBeVisible();
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
  // For people: the stamp (order, AWB, packer '—', station time) is in the picture.
  await player.screenshot({ path: 'test-results/video-clip-played.png' });
});

test('two quick scans give two clips, one per order', async ({ page }) => {
  await open(page);
  const [a, b] = [codes[1] ?? '', codes[2] ?? ''];
  await scan(page, a);
  await expect(page.getByTestId('recording')).toContainText(a);
  await scan(page, b);
  await expect(page.getByTestId('recording')).toContainText(b);
  const first = await finishedClip(host.dataDir, a);
  const second = await finishedClip(host.dataDir, b);
  expect(first.path).not.toBe(second.path);
  const all = await clipsOnDisk(host.dataDir);
  expect(clipsFor(all, a)).toHaveLength(1);
  expect(clipsFor(all, b)).toHaveLength(1);
  // Each is a WebM of its own with picture in it. The first was cut by the second scan at once, so it may
  // hold a single frame (duration 0 from first to last frame); the one-scan test checks duration > 0.
  for (const clip of [first, second]) {
    const facts = readWebm(await readFile(clip.path));
    expect(facts.header).toBe(true);
    expect(facts.blocks).toBeGreaterThan(0);
  }
});

test('kill -9 while recording leaves a playable partial clip', async ({ page }) => {
  // Its own station: the clip runs on a minute after the label, so the kill lands mid-recording.
  const dataDir = await dataDirWithVideo({ ...CAMERA, stopAfterSeconds: 60 });
  const victim = await startHost({ api, dataDir });
  try {
    await open(page, victim);
    const code = codes[3] ?? '';
    await scan(page, code);
    await expect(page.getByTestId('recording')).toContainText(code);
    await waitFor('two seconds of video on disk', async () => {
      const clip = clipsFor(await clipsOnDisk(dataDir), code)[0];
      return clip && readWebm(await readFile(clip.path)).durationMs > 2000;
    });
    await victim.crash();
    const clip = clipsFor(await clipsOnDisk(dataDir), code)[0];
    expect(clip?.meta.endReason).toBeNull();
    const bytes = await readFile(clip?.path ?? '');
    const facts = readWebm(bytes);
    expect(facts.header).toBe(true);
    expect(facts.durationMs).toBeGreaterThan(2000);
    expect(await playsInBrowser(page, bytes)).toEqual({ width: 320, error: null });
  } finally {
    await victim.stop();
  }
});
