// The time-zone bug: the station's shift counters and report come from Settings' time zone and shift
// starts (they used to be a fixed Asia/Jakarta), through the real composition root, and move at once
// when a supervisor changes them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { composeStation, type Station } from '../../src/main/app/compose';
import type { PrinterDriver } from '../../src/main/printing/types';
import { shiftWindowAt } from '../../src/main/report/shift-window';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import type { Result } from '../../src/shared/errors';
import type { StationEvent } from '../../src/shared/ipc/events';
import { memoryLogger } from '../hosts/fakes';

const fakeDriver: PrinterDriver = {
  platform: 'cups',
  listPrinters: async () => [{ name: 'FAKE', isDefault: true, state: 'idle' }],
  defaultPrinter: async () => 'FAKE',
  submit: async (req) => ({ jobId: `FAKE-${req.title}`, printer: req.printer }),
  jobState: async () => ({ state: 'completed' }),
};

let dataDir: string;
let station: Station;
const events: StationEvent[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shift-settings-'));
  station = await composeStation({
    dataDir,
    store: createMemoryStore({}),
    vault: createMemoryVault({ state: 'absent' }),
    env: {},
    argv: ['--demo'],
    host: 'web',
    log: memoryLogger().log,
    printerDriver: fakeDriver,
    syncIntervalMs: 0,
  });
  station.events.subscribe((e) => events.push(e));
});

afterAll(async () => {
  await station.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function value<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('shift counters follow Settings', () => {
  it('use the station’s time zone and shift starts, not a fixed Jakarta', async () => {
    const config = { timeZone: 'America/New_York', starts: ['07:00', '19:00'] };
    await value(
      station.invoke('settings:update', { patch: { timeZone: config.timeZone, shiftStarts: config.starts } }),
    );
    // The counters are pushed again at once (the event follows the update's answer).
    await vi.waitFor(() => expect(events.some((e) => e.name === 'shift:changed')).toBe(true));
    const counters = await value(station.invoke('shift:get', undefined));
    // Read after the call: the shift can only have begun at one of New York's 07:00 / 19:00.
    const expected = shiftWindowAt(new Date(), config).start;
    expect(counters.shiftStart).toBe(expected);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: config.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(counters.shiftStart));
    expect(config.starts).toContain(local);
    const pushed = events.filter((e) => e.name === 'shift:changed').at(-1);
    expect(pushed?.payload).toMatchObject({ shiftStart: expected });

    const report = await value(station.invoke('report:get', {}));
    expect(report.shift.timeZone).toBe('America/New_York');
    expect(report.shift.start).toBe(expected);
    expect(report.rows[0].returns).toBe(0);
  });

  it('refuses a shift start that is not HH:MM', async () => {
    const r = await station.invoke('settings:update', { patch: { shiftStarts: ['7am'] } });
    expect(r).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });
});
