// Recording required on a bench with no camera (Chromium without the fake camera has none): order scans
// are refused in words, on the screen and by main; made optional, the bench packs and says it is not recording.
import { expect, test } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { audit, hostRpc, packable, scan, startApi, startHost, waitFor, type Host } from './harness';
import { dataDirWithVideo, rpc } from './video-support';

let api: RunningSandbox;
let host: Host;
let codes: string[];

test.beforeAll(async () => {
  api = await startApi();
  host = await startHost({
    api,
    dataDir: await dataDirWithVideo({ mode: 'required', resolution: '320x240', frameRate: 10 }),
  });
  codes = await packable(api, 'to_process', 3);
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

test('required without a camera refuses the scan in words; optional packs without recording', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
  await expect(page.getByTestId('recording')).toHaveAttribute('data-state', 'required-missing');
  const code = codes[0] ?? '';
  await scan(page, code);
  await expect(page.getByTestId('error-panel')).toContainText('camera is not ready');
  await page.keyboard.press('Escape');

  // Main refuses too, whatever a renderer says or skips.
  const direct = await rpc(host, 'flow:scan', { code });
  expect(direct.ok).toBe(false);
  expect(direct.error?.message).toContain('Recording is required');
  expect(await audit(api, code)).toEqual([]);

  // Optional: the same bench packs, and says it is not recording.
  // A supervisor change: on a real API it needs the PIN (the first one is set here).
  await hostRpc(host, 'supervisor:setPin', { pin: '582913' });
  const check = await hostRpc<{ valid: boolean; token?: string }>(host, 'supervisor:verifyPin', {
    pin: '582913',
  });
  const supervisorToken = check.token ?? '';
  expect((await rpc(host, 'video:updateSettings', { patch: { mode: 'optional' }, supervisorToken })).ok).toBe(
    true,
  );
  await expect(page.getByTestId('recording')).toHaveAttribute('data-state', 'not-recording');
  await scan(page, code);
  await waitFor('the order packed', async () => (await audit(api, code)).some((t) => t.to === 'packed'));
  await expect(page.getByTestId('recording')).toHaveAttribute('data-state', 'not-recording');
});
