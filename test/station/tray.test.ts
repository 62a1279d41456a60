import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToTray, removeFromTray, TrayStore, type TrayItem } from '../../src/main/station/tray';

const item = (orderCode: string, addedAt: string, labelPath = `/labels/${orderCode}.pdf`): TrayItem => ({
  orderCode,
  scanId: `scan-${orderCode}-${addedAt}`,
  state: 'ready',
  labelPath,
  addedAt,
});

describe('tray ordering', () => {
  it('keeps labels oldest first', () => {
    let tray: TrayItem[] = [];
    tray = addToTray(tray, item('A', '1'));
    tray = addToTray(tray, item('B', '2'));
    tray = addToTray(tray, item('C', '3'));
    expect(tray.map((i) => i.orderCode)).toEqual(['A', 'B', 'C']);
  });

  it('an order already waiting keeps its place and takes the newer label', () => {
    let tray = [item('A', '1'), item('B', '2')];
    tray = addToTray(tray, item('A', '5', '/labels/A-new.pdf'));
    expect(tray.map((i) => [i.orderCode, i.addedAt, i.labelPath])).toEqual([
      ['A', '1', '/labels/A-new.pdf'],
      ['B', '2', '/labels/B.pdf'],
    ]);
  });

  it('removing one leaves the rest in order', () => {
    expect(
      removeFromTray([item('A', '1'), item('B', '2'), item('C', '3')], 'B').map((i) => i.orderCode),
    ).toEqual(['A', 'C']);
  });

  it('survives a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tray-'));
    try {
      const store = new TrayStore(dir);
      await store.load();
      await store.add(item('A', '1'));
      await store.add(item('B', '2'));
      await store.remove('A');
      const again = new TrayStore(dir);
      await again.load();
      expect(again.list().map((i) => i.orderCode)).toEqual(['B']);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  });

  it('keeps a label-waiting entry across a restart, then its label, in the same place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tray-'));
    try {
      const store = new TrayStore(dir);
      await store.load();
      await store.add(item('A', '1'));
      await store.add({
        orderCode: 'W',
        scanId: 's-w',
        addedAt: '2',
        state: 'waiting_label',
        labelPath: null,
      });
      await store.add(item('C', '3'));
      const again = new TrayStore(dir);
      await again.load();
      expect(again.list().map((i) => [i.orderCode, i.state])).toEqual([
        ['A', 'ready'],
        ['W', 'waiting_label'],
        ['C', 'ready'],
      ]);
      await again.markReady('W', '/labels/W.pdf');
      const third = new TrayStore(dir);
      await third.load();
      expect(third.get('W')).toMatchObject({ state: 'ready', labelPath: '/labels/W.pdf', addedAt: '2' });
      expect(third.list().map((i) => i.orderCode)).toEqual(['A', 'W', 'C']);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  });

  it('reads a tray saved before entries had a state as labels ready to print', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tray-'));
    try {
      await mkdir(join(dir, 'station'), { recursive: true });
      const old = { items: [{ orderCode: 'OLD', scanId: 's', labelPath: '/labels/OLD.pdf', addedAt: '1' }] };
      await writeFile(join(dir, 'station', 'tray.json'), JSON.stringify(old));
      const store = new TrayStore(dir);
      await store.load();
      expect(store.list()).toEqual([{ ...old.items[0], state: 'ready' }]);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  });
});
