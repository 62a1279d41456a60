// The order's history (status changes at the station and channel) and the courier's delivery history,
// newest first as the API gives them.
import { useTranslation } from 'react-i18next';
import type { Tracking } from '../../../shared/orders/schemas';
import { useDateTimeFormatter } from './datetime';
import { StatusBadge } from './StatusBadge';

export function TrackingTimeline({ tracking }: { tracking: Tracking }): React.JSX.Element {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormatter();
  return (
    <section className="orders-section" data-testid="order-tracking">
      <h3>{t('orders.tracking')}</h3>
      <h4>{t('orders.orderHistory')}</h4>
      {tracking.order_history.length === 0 ? (
        <p className="muted">{t('orders.noHistory')}</p>
      ) : (
        <ol className="orders-timeline" data-testid="order-history">
          {tracking.order_history.map((h, i) => (
            <li key={`${h.created_at}-${i}`}>
              <time dateTime={h.created_at}>{formatDateTime(h.created_at)}</time>{' '}
              <StatusBadge raw={h.status} />
              {h.channel_status && <span className="muted"> {h.channel_status}</span>}
              {h.activity && <span> — {h.activity}</span>}
              {h.full_name && <span className="muted"> ({h.full_name})</span>}
              {h.remarks && <p className="muted">{h.remarks}</p>}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('orders.deliveryHistory')}</h4>
      {tracking.delivery_history.length === 0 ? (
        <p className="muted">{t('orders.noDelivery')}</p>
      ) : (
        <ol className="orders-timeline" data-testid="delivery-history">
          {tracking.delivery_history.map((h, i) => (
            <li key={`${h.timestamp}-${i}`}>
              <time dateTime={h.timestamp}>{formatDateTime(h.timestamp)}</time> <strong>{h.status}</strong>
              {h.location && <span> — {h.location}</span>}
              {(h.courier ?? h.service) && (
                <span className="muted"> ({[h.courier, h.service].filter(Boolean).join(' · ')})</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
