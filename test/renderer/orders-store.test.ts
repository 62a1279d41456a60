import { beforeEach, describe, expect, it } from 'vitest';
import { ordersActions, ordersSnapshot } from '../../src/renderer/src/orders/orders-store';

describe('the orders screen store', () => {
  beforeEach(() => ordersActions.reset());

  it('starts a changed filter at page 1 and drops the ticks of the rows no longer shown', () => {
    ordersActions.setFilter({ page: 4 });
    ordersActions.toggleChecked('A-1');
    ordersActions.toggleChecked('A-2');
    expect(ordersSnapshot().checked).toEqual(['A-1', 'A-2']);
    ordersActions.setFilter({ status: 'to_process' });
    expect(ordersSnapshot().filter).toMatchObject({ status: 'to_process', page: 1 });
    expect(ordersSnapshot().checked).toEqual([]);
  });

  it('toggles a tick off again and counts reloads', () => {
    ordersActions.toggleChecked('A-1');
    ordersActions.toggleChecked('A-1');
    expect(ordersSnapshot().checked).toEqual([]);
    const before = ordersSnapshot().reloads;
    ordersActions.reload();
    expect(ordersSnapshot().reloads).toBe(before + 1);
  });
});
