// Previous / next page with "page x of y · n orders".
import { useTranslation } from 'react-i18next';
import type { OrderPage } from '../../../shared/orders/schemas';
import { ordersActions } from './orders-store';

export function Pager({ page }: { page: OrderPage }): React.JSX.Element {
  const { t } = useTranslation();
  const current = page.current_page;
  const last = Math.max(1, page.total_page);
  return (
    <nav className="orders-pager" aria-label={t('orders.paging')}>
      <button
        type="button"
        disabled={current <= 1}
        onClick={() => ordersActions.setFilter({ page: current - 1 })}
      >
        {t('orders.previous')}
      </button>
      <span data-testid="orders-total">
        {t('orders.pageOf', { page: current, pages: last, total: page.total_data })}
      </span>
      <button
        type="button"
        disabled={current >= last}
        onClick={() => ordersActions.setFilter({ page: current + 1 })}
      >
        {t('orders.next')}
      </button>
    </nav>
  );
}
