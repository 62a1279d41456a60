// The selected order's detail and tracking, loaded together and again after every write. The panel is
// keyed by order id, so another order never shows this one's data while it loads.
import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../shared/errors';
import type { OrderDetail, Tracking } from '../../../shared/orders/schemas';
import { station } from '../app/station';
import { useReloads, type SelectedOrder } from './orders-store';

export interface OrderDetailState {
  detail: OrderDetail | null;
  tracking: Tracking | null;
  error: ErrorInfo | null;
  trackingError: ErrorInfo | null;
}

const EMPTY: OrderDetailState = { detail: null, tracking: null, error: null, trackingError: null };

export function useOrderDetail(order: SelectedOrder): OrderDetailState {
  const reloads = useReloads();
  const [state, setState] = useState<OrderDetailState>(EMPTY);

  useEffect(() => {
    let live = true;
    void Promise.all([
      station.orders.detail({ orderId: order.id }),
      station.orders.track({ orderCode: order.code }),
    ]).then(([detail, tracking]) => {
      if (!live) return;
      setState({
        detail: detail.ok ? detail.value : null,
        error: detail.ok ? null : detail.error,
        tracking: tracking.ok ? tracking.value : null,
        trackingError: tracking.ok ? null : tracking.error,
      });
    });
    return () => {
      live = false;
    };
  }, [order.id, order.code, reloads]);

  return state;
}
