// Who is packing and the shift report end to end, by keyboard and scanner only: packers added in Settings,
// "a packer is required" refuses an order scan in words, badges start and switch the packer, the END card
// ends the session, and the report (F8) splits the orders exactly, prints, and downloads as CSV.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import {
  audit,
  captureJobs,
  jobsFor,
  packable,
  scan,
  startApi,
  startHost,
  hostRpc,
  waitFor,
  type Host,
} from './harness';

const PIN = '582913';

let api: RunningSandbox;
let host: Host;
let codes: string[];

test.beforeAll(async () => {
  api = await startApi({ seed: 11 });
  host = await startHost({ api });
  codes = await packable(api, 'to_process', 4);
  // On a real API supervisor actions need a PIN; setting the first one is the one open action.
  await hostRpc(host, 'supervisor:setPin', { pin: PIN });
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

/** Keyboard only: focus moves to the control (as Tab would) and the key does the rest. */
async function press(page: Page, testId: string, key = 'Enter'): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press(key);
}

async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.type(text);
}

test('badges, a required packer and the shift report, by keyboard', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });

  // Settings, unlocked with the supervisor PIN by keyboard: two packers, and "a packer is required".
  await press(page, 'nav-settings');
  await typeInto(page, 'supervisor-pin', PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('supervisor-pin')).toHaveCount(0);
  for (const [i, name] of ['Ani', 'Budi'].entries()) {
    await typeInto(page, 'packer-name', name);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`packer-row-000${i + 1}`).locator('input')).toHaveValue(name);
  }
  await expect(page.getByTestId('packer-row-0002')).toContainText('BADGE-0002');
  await press(page, 'packer-required', 'Space');
  await expect(page.getByTestId('packer-required')).toBeChecked();
  await press(page, 'nav-pack');
  await expect(page.getByTestId('packer')).toHaveText('Nobody packing');
  await expect(page.getByTestId('packer-picker')).toContainText('Budi');

  // Without a badge the order scan is refused in words, and nothing happens to the order.
  await scan(page, codes[0]);
  await expect(page.getByTestId('error-message')).toContainText('scan your badge before order');
  expect(await audit(api, codes[0])).toEqual([]);
  // The badge itself answers "scan your badge": the message goes, Ani is packing.
  await scan(page, 'BADGE-0001');
  await expect(page.getByTestId('error-panel')).toHaveCount(0);
  await expect(page.getByTestId('packer')).toContainText('Packing: Ani');

  const before = await captureJobs();
  const turns: Array<[string, string, string[]]> = [
    ['BADGE-0001', 'Ani', [codes[0]]],
    ['BADGE-0002', 'Budi', [codes[1], codes[2]]],
  ];
  let packed = 0;
  for (const [badge, name, orders] of turns) {
    await scan(page, badge);
    await expect(page.getByTestId('packer')).toContainText(`Packing: ${name}`);
    for (const code of orders) {
      await scan(page, code);
      await expect(page.getByTestId('headline')).toContainText('Label printed');
      packed += 1;
      await expect(page.getByTestId('shift')).toContainText(`Packed: ${packed}`);
    }
  }
  await waitFor('three labels at the printer', async () => (await jobsFor(codes, before)).length >= 3);

  // The END command card ends Budi's session.
  await scan(page, '%%PS-END');
  await expect(page.getByTestId('packer')).toHaveText('Nobody packing');

  // F8: the running shift's report splits the orders exactly.
  await page.keyboard.press('F8');
  await expect(page.getByTestId('report-screen')).toBeVisible();
  await expect(page.getByTestId('report-row-bench').getByTestId('orders')).toHaveText('3');
  const row = (name: string) => page.getByTestId('report-table').locator('tr', { hasText: name });
  await expect(row('Ani').getByTestId('orders')).toHaveText('1');
  await expect(row('Budi').getByTestId('orders')).toHaveText('2');
  await expect(page.getByTestId('report-slowest').locator('li')).toHaveCount(5);

  // CSV: the same rows as on screen.
  const download = page.waitForEvent('download');
  await press(page, 'report-csv');
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain('packer_name,orders_packed');
  expect(lines.slice(1).map((l) => l.split(',').slice(4, 6).join(','))).toEqual([',3', 'Ani,1', 'Budi,2']);

  // Printed on the document printer (CAPTURE here): a PDF job titled as the shift report.
  const beforePrint = await captureJobs();
  await press(page, 'report-print');
  await expect(page.getByTestId('report-note')).toContainText('CAPTURE');
  await waitFor('the report at the printer', async () =>
    (await captureJobs()).some((j) => !beforePrint.includes(j)),
  );

  await page.keyboard.press('F8');
  await expect(page.getByTestId('headline')).toBeVisible();
});
