// Which To Process orders to consider: courier, channel, delivery lane (the pickup run), created dates.
import { useTranslation } from 'react-i18next';
import { useStationZone } from '../orders/datetime';
import { loadPreview } from './batch-calls';
import {
  batchActions,
  useBatchFilter,
  useBatchLoading,
  useBatchPreview,
  type BatchFilterInput,
} from './batch-store';

function Choice(props: {
  label: string;
  field: 'courier' | 'channel' | 'delivery';
  options: string[];
  testId: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const filter = useBatchFilter();
  return (
    <label>
      {props.label}
      <select
        value={filter[props.field]}
        data-testid={props.testId}
        onChange={(e) =>
          batchActions.setFilter({ [props.field]: e.target.value } as Partial<BatchFilterInput>)
        }
      >
        <option value="">{t('batches.any')}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BatchFilters(): React.JSX.Element {
  const { t } = useTranslation();
  const filter = useBatchFilter();
  const preview = useBatchPreview();
  const loading = useBatchLoading();
  const zone = useStationZone();
  return (
    <form
      className="orders-filters"
      aria-label={t('batches.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        void loadPreview(zone);
      }}
    >
      <Choice
        label={t('batches.courier')}
        field="courier"
        options={preview?.couriers ?? []}
        testId="batch-courier"
      />
      <Choice
        label={t('batches.channel')}
        field="channel"
        options={preview?.channels ?? []}
        testId="batch-channel"
      />
      <Choice
        label={t('batches.delivery')}
        field="delivery"
        options={preview?.deliveries ?? []}
        testId="batch-delivery"
      />
      <label>
        {t('orders.createdFrom')}
        <input
          type="date"
          value={filter.from}
          onChange={(e) => batchActions.setFilter({ from: e.target.value })}
        />
      </label>
      <label>
        {t('orders.createdTo')}
        <input
          type="date"
          value={filter.to}
          onChange={(e) => batchActions.setFilter({ to: e.target.value })}
        />
      </label>
      <button type="submit" disabled={loading} data-testid="batch-find">
        {t('batches.find')}
      </button>
    </form>
  );
}
