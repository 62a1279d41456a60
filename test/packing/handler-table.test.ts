// The whole handler table, built by the real composition root without Electron (demo mode: the embedded
// sandbox; a fake printer driver), and every channel of the contract called once through the one IPC
// wrapper. No channel may end in an 'internal' error (a bug), and the ones that only read must answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeStation, type Station } from '../../src/main/app/compose';
import type { PrinterDriver } from '../../src/main/printing/types';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import type { Result } from '../../src/shared/errors';
import type { StationEvent } from '../../src/shared/ipc/events';
import { CHANNEL_NAMES, type ChannelInput, type ChannelName } from '../../src/shared/ipc/contract';
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
const { log, lines } = memoryLogger();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'handler-table-'));
  station = await composeStation({
    dataDir,
    store: createMemoryStore({}),
    vault: createMemoryVault({ state: 'absent' }),
    env: {},
    argv: ['--demo'],
    host: 'web',
    log,
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

describe('the handler table', () => {
  it('answers every channel of the contract, none with an internal error', async () => {
    await value(station.invoke('queue:refresh', undefined));
    const ready = await value(station.invoke('queue:ready', { limit: 5 }));
    expect(ready.length).toBeGreaterThanOrEqual(3);
    const [scanned, cancelled, other] = ready.map((o) => o.orderCode);
    const orderId = (await value(station.invoke('queue:order', { orderCode: other })))?.orderId ?? 1;
    let token: string | undefined;
    const uuid = '00000000-0000-4000-8000-000000000000';
    const clipId = '0123456789abcdef';

    // One argument per channel: a channel added to the contract without one here does not compile.
    const args: { [C in ChannelName]: () => ChannelInput<C> } = {
      'app:info': () => undefined,
      'settings:get': () => undefined,
      'settings:update': () => ({ patch: { theme: 'dark' } }),
      'settings:setApiKey': () => ({ key: 'demo-key-12345678' }),
      'settings:setPickupOption': () => ({ pickupOption: 'EARLY_PICKUP' }),
      'settings:testConnection': () => undefined,
      'supervisor:setPin': () => ({ pin: '2580' }),
      'supervisor:verifyPin': () => ({ pin: '2580' }),
      'supervisor:endSession': () => ({ token: 'not-a-session' }),
      'flow:scan': () => ({ code: scanned }),
      'flow:finishVerification': () => ({ orderCode: scanned, counts: {} }),
      'flow:cancelCurrent': () => undefined,
      'flow:setPickupOption': () => ({ orderCode: other, pickupOption: 'LATE_PICKUP' }),
      'flow:nextPickupOption': () => ({ orderCode: other }),
      'flow:reprint': () => ({ orderCode: scanned }),
      'flow:reprintLast': () => undefined,
      'flow:confirmLabel': () => ({ tracking: 'NOT-A-TRACKING-NUMBER' }),
      'tray:list': () => undefined,
      'tray:print': () => undefined,
      'shift:get': () => undefined,
      'queue:status': () => undefined,
      'queue:refresh': () => undefined,
      'queue:codes': () => undefined,
      'queue:ready': () => ({ limit: 5 }),
      'queue:order': () => ({ orderCode: other }),
      'printers:list': () => undefined,
      'printers:testLabel': () => undefined,
      'commands:printSheet': () => undefined,
      'outbox:list': () => undefined,
      'outbox:summary': () => undefined,
      'outbox:retry': () => ({ id: uuid }),
      'outbox:retryAll': () => ({}),
      'outbox:discard': () => ({ id: uuid, reason: 'not in the outbox', supervisorToken: token }),
      'connectivity:probe': () => undefined,
      'cancel:approve': () => ({ orderCode: cancelled, supervisorToken: token }),
      'cancel:reject': () => ({ orderCode: cancelled, supervisorToken: token }),
      'orders:list': () => ({ page: 1, per_page: 5 }),
      'orders:detail': () => ({ orderId }),
      'orders:track': () => ({ orderCode: other }),
      'orders:cancel': () => ({
        input: { order_code: cancelled, cancel_by: 'other', cancel_reason: 'Test', direct_cancel: true },
        supervisorToken: token,
      }),
      'orders:return': () => ({
        input: { order_code: other, return_by: 'customer_request', return_reason: 'Test' },
        supervisorToken: token,
      }),
      'orders:complete': () => ({ orderCode: other, supervisorToken: token }),
      'orders:create': () => ({
        input: {
          order_code: 'TABLE-NEW-1',
          payment_method_type: 'NON COD',
          store_id: '1',
          location_id: '1',
          recipient: { name: 'Mark Smith', phone: '+628292839282', full_address: 'Bandung' },
          delivery: { logistic: 'ID EXPRESS - iDlite' },
          products: [{ name: 'Handuk', sku: 'SKU-001', unit_price: 15000, qty: 1 }],
        },
        supervisorToken: token,
      }),
      'orders:update': () => ({ input: { order_code: other, notes: 'Fragile' }, supervisorToken: token }),
      'people:get': () => undefined,
      'people:add': () => ({ name: 'Sari', badge: '0042', supervisorToken: token }),
      'people:rename': () => ({ id: uuid, name: 'Nobody', supervisorToken: token }),
      'people:retire': () => ({ id: uuid, supervisorToken: token }),
      'people:badge': () => ({ code: 'BADGE-0042' }),
      'people:pick': () => ({ id: uuid }),
      'people:end': () => undefined,
      'report:shifts': () => undefined,
      'report:get': () => ({}),
      'report:csv': () => ({}),
      'report:print': () => ({}),
      'returns:lookup': () => ({ code: 'NOT-AN-AWB' }),
      'returns:record': () => ({ orderCode: 'NOT-AN-AWB', reason: 'damaged' }),
      'returns:list': () => undefined,
      'returns:reprintSlip': () => ({ id: uuid }),
      'batch:preview': () => ({ filter: {} }),
      'batch:start': () => ({
        orderCodes: ['TABLE-NOT-AN-ORDER'],
        pickupOption: 'LATE_PICKUP',
        supervisorToken: token,
      }),
      'batch:current': () => undefined,
      'batch:get': () => ({ batchId: 'no-such-batch' }),
      'batch:list': () => undefined,
      'batch:failuresCsv': () => ({ batchId: 'no-such-batch' }),
      'batch:resume': () => ({ batchId: 'no-such-batch', supervisorToken: token }),
      'batch:reprint': () => ({ batchId: 'no-such-batch', supervisorToken: token }),
      'documents:testPage': () => undefined,
      'documents:printSlip': () => ({ orderCode: other }),
      'documents:printSlips': () => ({ orderCodes: [other, scanned] }),
      'handover:pending': () => undefined,
      'handover:check': () => ({ courier: 'Nobody Express', pickupOption: null, scanned: ['X1'] }),
      'handover:printManifest': () => ({ courier: 'Nobody Express', pickupOption: null }),
      'handover:close': () => ({ courier: 'Nobody Express', pickupOption: null, scanned: [] }),
      'handover:history': () => undefined,
      'handover:reprint': () => ({ id: uuid }),
      'handover:csv': () => ({ id: uuid }),
      'search:find': () => ({ query: other }),
      'search:byTracking': () => ({ tracking: 'NO-SUCH-AWB' }),
      'video:settings': () => undefined,
      'video:updateSettings': () => ({ patch: { stopAfterSeconds: 3 }, supervisorToken: token }),
      'video:camera': () => ({ ready: false, label: '' }),
      'video:start': () => ({ orderCode: other, scanId: 'scan-1', packer: null }),
      'video:append': () => ({ clipId: clipId, seq: 0, data: 'GkXfow==' }),
      'video:finish': () => ({ clipId: clipId, reason: 'stopped' }),
      'video:awb': () => ({ clipId: clipId }),
      'video:search': () => ({ query: other }),
      'video:read': () => ({ clipId: clipId, offset: 0 }),
      'video:export': () => ({ clipId: clipId, folder: dataDir }),
      'video:storage': () => undefined,
      'video:pickFolder': () => undefined,
      'tray:discard': () => ({ orderCode: 'NOT-IN-TRAY', supervisorToken: token }),
    };

    const answers = new Map<ChannelName, Result<unknown>>();
    for (const channel of CHANNEL_NAMES) {
      const make = args[channel] as () => unknown;
      const answer = await station.invoke(channel, make());
      answers.set(channel, answer);
      if (channel === 'supervisor:verifyPin' && answer.ok) {
        const check = answer.value as { valid: boolean; token?: string };
        token = check.token;
      }
    }

    expect([...answers.keys()]).toEqual(CHANNEL_NAMES);
    const internal = [...answers].filter(([, r]) => !r.ok && r.error.kind === 'internal');
    expect(internal, lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).not.toContain('Unexpected failure');
    const mustAnswer: ChannelName[] = [
      'app:info',
      'settings:get',
      'settings:update',
      'supervisor:verifyPin',
      'flow:scan',
      'tray:list',
      'shift:get',
      'queue:status',
      'queue:codes',
      'queue:order',
      'printers:list',
      'printers:testLabel',
      'commands:printSheet',
      'outbox:list',
      'outbox:summary',
      'connectivity:probe',
      'orders:list',
      'orders:detail',
      'orders:track',
      'orders:create',
      'orders:update',
      'people:get',
      'people:end',
      'report:shifts',
      'report:get',
      'report:csv',
      'report:print',
      'returns:lookup',
      'returns:list',
      'batch:preview',
      'batch:start',
      'batch:current',
      'batch:list',
      'documents:testPage',
      'documents:printSlip',
      'documents:printSlips',
      'handover:pending',
      'handover:history',
      'search:find',
      'search:byTracking',
      'video:settings',
      'video:camera',
      'video:search',
      'video:storage',
      'video:pickFolder',
    ];
    for (const channel of mustAnswer)
      expect({ channel, ok: answers.get(channel)?.ok }).toEqual({ channel, ok: true });
    expect(answers.get('flow:scan')).toMatchObject({ ok: true, value: { kind: 'printed' } });
    // The screen is told, not asked: the printed label moved the shift counters.
    // The browser host has no folder dialog: the screen asks for a typed path instead.
    expect(answers.get('video:pickFolder')).toEqual({ ok: true, value: { folder: null, native: false } });
    const shift = events.find((e) => e.name === 'shift:changed');
    expect(shift?.payload).toMatchObject({ packed: 1 });
  });
});
