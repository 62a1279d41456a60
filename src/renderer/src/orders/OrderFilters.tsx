// The list's controls: status, sort, created date range and page size. Every change reloads page 1.
import { useTranslation } from 'react-i18next';
import {
  SORT_DIRECTIONS,
  SORT_FIELDS,
  type SortDirection,
  type SortField,
} from '../../../shared/orders/options';
import { ORDER_STATUSES, parseStatus } from '../../../shared/orders/status';
import { ordersActions, useOrdersFilter } from './orders-store';
import { PAGE_SIZES, type PageSize } from './query';

export function OrderFilters(): React.JSX.Element {
  const { t } = useTranslation();
  const filter = useOrdersFilter();
  return (
    <form className="orders-filters" aria-label={t('orders.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('orders.status')}
        <select
          value={filter.status}
          data-testid="orders-status-filter"
          onChange={(e) => ordersActions.setFilter({ status: parseStatus(e.target.value) ?? 'All' })}
        >
          <option value="All">{t('orders.allStatuses')}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('orders.sortBy')}
        <select
          value={filter.sortBy}
          onChange={(e) =>
            ordersActions.setFilter({ sortBy: SORT_FIELDS.find((f) => f === e.target.value) ?? 'created_at' })
          }
        >
          {SORT_FIELDS.map((f: SortField) => (
            <option key={f} value={f}>
              {t(`orders.sortField.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('orders.sortDirection')}
        <select
          value={filter.sortDirection}
          onChange={(e) =>
            ordersActions.setFilter({
              sortDirection: SORT_DIRECTIONS.find((d) => d === e.target.value) ?? 'desc',
            })
          }
        >
          {SORT_DIRECTIONS.map((d: SortDirection) => (
            <option key={d} value={d}>
              {t(`orders.direction.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('orders.createdFrom')}
        <input
          type="date"
          value={filter.from}
          max={filter.to || undefined}
          onChange={(e) => ordersActions.setFilter({ from: e.target.value })}
        />
      </label>
      <label>
        {t('orders.createdTo')}
        <input
          type="date"
          value={filter.to}
          min={filter.from || undefined}
          onChange={(e) => ordersActions.setFilter({ to: e.target.value })}
        />
      </label>
      <label>
        {t('orders.perPage')}
        <select
          value={filter.perPage}
          data-testid="orders-per-page"
          onChange={(e) =>
            ordersActions.setFilter({
              perPage: PAGE_SIZES.find((n: PageSize) => String(n) === e.target.value) ?? 25,
            })
          }
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={ordersActions.reload}>
        {t('orders.reload')}
      </button>
    </form>
  );
}
