// Labels waiting can be dropped one by one by a supervisor (the channel is a supervisor channel): the
// label leaves the tray, the screen is told, nothing prints; an order not in the tray is refused in words.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/ipc/contract';
import { flowHandlers } from '../../src/main/station/handlers';
import { control, newOrder, startFlowRig, type FlowRig } from './harness';

let rig: FlowRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('tray:discard', () => {
  it('is a supervisor channel', () => {
    expect(contract['tray:discard'].access).toBe('supervisor');
  });

  it('drops one waiting label, publishes the tray, prints nothing; an unknown order is refused', async () => {
    const b = (rig = await startFlowRig());
    const codes = [await newOrder(b.api, 'DISC-1'), await newOrder(b.api, 'DISC-2')];
    await b.queue.refresh();
    await control(b.sb, '/faults', { drop_rate: 1 });
    for (const code of codes) expect(await b.flow.scan(code)).toMatchObject({ kind: 'to_tray' });
    let published = 0;
    const handlers = flowHandlers({
      flow: async () => b.flow,
      publishTray: () => void (published += 1),
      dataDir: b.dataDir,
    });
    const ctx = { host: 'web' as const, supervisor: true };
    const left = await handlers['tray:discard']({ orderCode: codes[0] ?? '' }, ctx);
    expect(left.map((e) => e.orderCode)).toEqual([codes[1]]);
    expect(b.flow.tray().map((i) => i.orderCode)).toEqual([codes[1]]);
    expect(published).toBe(1);
    await expect(handlers['tray:discard']({ orderCode: codes[0] ?? '' }, ctx)).rejects.toMatchObject({
      message: expect.stringContaining('has no label waiting in the tray'),
    });
    expect(b.printer.jobs).toEqual([]);
  });
});
