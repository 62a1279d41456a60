// The handover history on disk: what close() recorded is there after a reopen (a restart); a damaged
// file is moved aside, never overwritten by an empty history.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoverStore } from '../../src/main/handover/store';
import type { HandoverRecord } from '../../src/shared/handover/types';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'handover-store-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const record: HandoverRecord = {
  id: '5b0c3f4e-1111-4a5a-9a5a-000000000001',
  courier: 'Dethix Reguler',
  pickupOption: 'LATE_PICKUP',
  closedAt: '2026-12-03T03:00:00.000Z',
  closedBy: 'Supervisor at bench-1',
  orders: [{ orderCode: 'ORD1', trackingNumber: 'DTX1', shippedAt: '2026-12-03T02:00:00.000Z' }],
  check: { matched: ['ORD1'], missing: [], unexpected: ['STRAY'] },
};

describe('handover store', () => {
  it('keeps closed handovers and pickup options across a reopen, in a private file', async () => {
    const store = new HandoverStore(dataDir);
    expect(await store.load()).toBeNull();
    await store.notePickup('ORD1', 'LATE_PICKUP');
    await store.add(record);
    const again = new HandoverStore(dataDir);
    expect(await again.load()).toBeNull();
    expect(again.list()).toEqual([record]);
    expect(again.lastFor('Dethix Reguler')?.id).toBe(record.id);
    expect(again.handedOver('ORD1')).toBe(true);
    expect(again.pickupOf('ORD1')).toBe('LATE_PICKUP');
    expect((await stat(join(dataDir, 'handover', 'handovers.json'))).mode & 0o777).toBe(0o600);
  });

  it('moves a damaged file aside instead of starting over on top of it', async () => {
    await new HandoverStore(dataDir).add(record);
    await writeFile(join(dataDir, 'handover', 'handovers.json'), '{"handovers": [ {"id": 1', 'utf8');
    const store = new HandoverStore(dataDir);
    const aside = await store.load();
    expect(aside).toMatch(/handovers\.json\.damaged-/);
    expect(store.list()).toEqual([]);
    expect(
      (await readdir(join(dataDir, 'handover'))).some((f) => f.startsWith('handovers.json.damaged-')),
    ).toBe(true);
  });
});
