// Every matching To Process order (not just a page), oldest first, each with a tick; "select all matching"
// ticks all of them. Fake and marketplace-fulfilled orders are shown as such (main refuses them anyway).
import { useTranslation } from 'react-i18next';
import { useDateTimeFormatter } from '../orders/datetime';
import { batchActions, useBatchCandidates, useBatchPreview, useBatchSelected } from './batch-store';

export function BatchCandidates(): React.JSX.Element | null {
  const { t } = useTranslation();
  const preview = useBatchPreview();
  const orders = useBatchCandidates();
  const selected = useBatchSelected();
  const when = useDateTimeFormatter();
  if (!preview) return null;
  const ticked = new Set(selected);
  return (
    <div className="batch-candidates">
      <p data-testid="batch-matching">
        {t('batches.matching', { count: orders.length, selected: selected.length })}
        {preview.truncated && <span className="muted"> {t('batches.truncated')}</span>}
      </p>
      <div className="batch-select-buttons">
        <button
          type="button"
          onClick={batchActions.selectAllMatching}
          disabled={!orders.length}
          data-testid="batch-select-all"
        >
          {t('batches.selectAll', { count: orders.length })}
        </button>
        <button type="button" onClick={batchActions.clearSelection} disabled={!selected.length}>
          {t('orders.clearSelection')}
        </button>
      </div>
      <ul className="batch-list" data-testid="batch-candidates">
        {orders.map((o) => (
          <li key={o.orderCode}>
            <label className="check">
              <input
                type="checkbox"
                checked={ticked.has(o.orderCode)}
                onChange={() => batchActions.toggle(o.orderCode)}
                data-code={o.orderCode}
              />
              <strong>{o.orderCode}</strong> {o.courier ?? '—'} · {o.channel ?? '—'} · {o.delivery ?? '—'} ·{' '}
              {when(o.createdAt)}
              {o.isFake && <span className="notice-error batch-flag">{t('batches.fake')}</span>}
              {o.fulfillByMp && <span className="notice-error batch-flag">{t('batches.byMarketplace')}</span>}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
