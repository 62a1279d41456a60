// The supervisor's order list: filters, the page of orders with bulk packing, the selected order's
// detail beside it, and the manual order form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchPanel } from '../batches/BatchPanel';
import { BulkPackBar } from './BulkPackBar';
import { CreateOrderForm } from './CreateOrderForm';
import { ErrorNote } from './ErrorNote';
import { OrderDetailPanel } from './OrderDetailPanel';
import { OrderFilters } from './OrderFilters';
import { OrderTable } from './OrderTable';
import { useSelectedOrder } from './orders-store';
import { Pager } from './Pager';
import { useOrderPage } from './useOrderPage';
import './orders.css';

export function OrdersScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { page, error, loading } = useOrderPage();
  const selected = useSelectedOrder();
  const [creating, setCreating] = useState(false);

  return (
    <main className="orders" aria-label={t('app.orders')} data-loading={loading ? 'true' : 'false'}>
      <header className="orders-head">
        <h1>{t('app.orders')}</h1>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)} data-testid="create-open">
            {t('orders.create')}
          </button>
        )}
      </header>
      {creating && <CreateOrderForm onClose={() => setCreating(false)} />}
      <BatchPanel />
      <OrderFilters />
      <BulkPackBar />
      {error && <ErrorNote error={error} />}
      <div className="orders-body">
        <div className="orders-list">
          {page && page.data.length > 0 && <OrderTable orders={page.data} />}
          {page && page.data.length === 0 && <p className="muted">{t('orders.empty')}</p>}
          {page && <Pager page={page} />}
          {!page && !error && <p className="muted">{t('app.loading')}</p>}
        </div>
        {selected && <OrderDetailPanel key={selected.id} order={selected} />}
      </div>
    </main>
  );
}
