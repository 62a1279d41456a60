// Loads the page of orders the filter asks for, again after every write (the reload counter).
import { useEffect, useMemo, useState } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import type { OrderPage } from '../../../shared/orders/schemas';
import { station } from '../app/station';
import { useStationZone } from './datetime';
import { useOrdersFilter, useReloads } from './orders-store';
import { toListQuery } from './query';

export interface OrderPageState {
  page: OrderPage | null;
  error: ErrorInfo | null;
  loading: boolean;
}

interface Loaded {
  /** Which request this answer belongs to: loading while it differs from the current one. */
  key: string;
  page: OrderPage | null;
  error: ErrorInfo | null;
}

export function useOrderPage(): OrderPageState {
  const filter = useOrdersFilter();
  const reloads = useReloads();
  const zone = useStationZone();
  const query = useMemo(() => toListQuery(filter, zone), [filter, zone]);
  const key = `${JSON.stringify(query)}#${reloads}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', page: null, error: null });

  useEffect(() => {
    let live = true;
    void station.orders.list(query).then((res) => {
      if (!live) return;
      // Keep the last page on screen when a reload fails: the error says it may be stale.
      setLoaded((s) =>
        res.ok ? { key, page: res.value, error: null } : { key, page: s.page, error: res.error },
      );
    });
    return () => {
      live = false;
    };
  }, [query, key]);

  return { page: loaded.page, error: loaded.error, loading: loaded.key !== key };
}
