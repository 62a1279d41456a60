import { describe, expect, it } from 'vitest';
import { listOrdersQuerySchema } from '../../src/shared/orders/requests';
import { DEFAULT_FILTER, toListQuery, zoneOffset } from '../../src/renderer/src/orders/query';

describe('the order list query', () => {
  it('sends the filter under the documented names and passes the channel schema', () => {
    const query = toListQuery(
      {
        ...DEFAULT_FILTER,
        status: 'to_process',
        sortBy: 'status',
        sortDirection: 'asc',
        perPage: 50,
        page: 3,
      },
      'Asia/Jakarta',
    );
    expect(query).toEqual({
      page: 3,
      per_page: 50,
      status: 'to_process',
      sort_by: 'status',
      sort_direction: 'asc',
    });
    expect(listOrdersQuerySchema.safeParse(query).success).toBe(true);
  });

  it('turns a date range into whole days in the station zone', () => {
    const query = toListQuery({ ...DEFAULT_FILTER, from: '2026-03-01', to: '2026-03-31' }, 'Asia/Jakarta');
    expect(query.created_from).toBe('2026-03-01T00:00:00+07:00');
    expect(query.created_to).toBe('2026-03-31T23:59:59+07:00');
    expect(listOrdersQuerySchema.safeParse(query).success).toBe(true);
  });

  it('follows daylight saving and UTC itself', () => {
    expect(zoneOffset('Europe/Berlin', new Date('2026-07-01T12:00:00Z'))).toBe('+02:00');
    expect(zoneOffset('Europe/Berlin', new Date('2026-01-01T12:00:00Z'))).toBe('+01:00');
    expect(zoneOffset('UTC', new Date('2026-01-01T12:00:00Z'))).toBe('+00:00');
    expect(zoneOffset('America/St_Johns', new Date('2026-01-01T12:00:00Z'))).toBe('-03:30');
  });
});
