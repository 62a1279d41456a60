// One row per order. A row opens its detail on click or Enter/Space (rows are in the tab order);
// to_process rows carry a tick box for bulk packing.
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../shared/orders/schemas';
import { parseStatus } from '../../../shared/orders/status';
import { useDateTimeFormatter } from './datetime';
import { ordersActions, useChecked, useSelectedOrder } from './orders-store';
import { StatusBadge } from './StatusBadge';

export function OrderTable({ orders }: { orders: readonly OrderSummary[] }): React.JSX.Element {
  const { t } = useTranslation();
  const selected = useSelectedOrder();
  const checked = useChecked();
  const formatDateTime = useDateTimeFormatter();

  return (
    <table className="lines orders-table" data-testid="orders-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">{t('orders.pick')}</span>
          </th>
          <th scope="col">{t('orders.code')}</th>
          <th scope="col">{t('orders.status')}</th>
          <th scope="col">{t('orders.externalStatus')}</th>
          <th scope="col">{t('orders.platform')}</th>
          <th scope="col">{t('orders.courier')}</th>
          <th scope="col">{t('orders.payment')}</th>
          <th scope="col">{t('orders.created')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => {
          const status = parseStatus(o.internal_status);
          const open = (): void => ordersActions.select({ id: o.order_header_id, code: o.order_code });
          const isSelected = selected?.id === o.order_header_id;
          return (
            <tr
              key={o.order_header_id}
              tabIndex={0}
              aria-selected={isSelected}
              className={isSelected ? 'orders-row orders-row-selected' : 'orders-row'}
              data-testid="order-row"
              data-code={o.order_code}
              data-status={status ?? o.internal_status}
              onClick={open}
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget) return;
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open();
                }
              }}
            >
              <td onClick={(e) => e.stopPropagation()}>
                {status === 'to_process' && !o.fulfill_by_mp && (
                  <input
                    type="checkbox"
                    aria-label={t('orders.pickOrder', { code: o.order_code })}
                    checked={checked.includes(o.order_code)}
                    onChange={() => ordersActions.toggleChecked(o.order_code)}
                    data-testid="order-check"
                  />
                )}
              </td>
              <td>
                <strong>{o.order_code}</strong>
              </td>
              <td>
                <StatusBadge raw={o.internal_status} />
              </td>
              <td>{o.external_status ?? ''}</td>
              <td>{o.store_platform ?? ''}</td>
              <td>{[o.logistic_provider_name, o.logistic_service_name].filter(Boolean).join(' · ')}</td>
              <td>{o.payment_method ?? ''}</td>
              <td>{formatDateTime(o.created_at)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
