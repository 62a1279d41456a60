// The selected order: who it goes to, what is in it, what it costs, how it ships, an open cancellation
// request, the supervisor's actions (edit among them) and the tracking timeline.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/orders/money';
import type { OrderDetail } from '../../../shared/orders/schemas';
import { CancelRequestBox } from './CancelRequestBox';
import { EditOrder } from './EditOrder';
import { ErrorNote } from './ErrorNote';
import { OrderActions } from './OrderActions';
import { ordersActions, type SelectedOrder } from './orders-store';
import { StatusBadge } from './StatusBadge';
import { TrackingTimeline } from './TrackingTimeline';
import { useOrderDetail } from './useOrderDetail';
import { ShowVideosButton } from '../video/ShowVideosButton';

export function OrderDetailPanel({ order }: { order: SelectedOrder }): React.JSX.Element {
  const { t } = useTranslation();
  const { detail, tracking, error, trackingError } = useOrderDetail(order);

  return (
    <aside className="orders-detail card" aria-label={t('orders.detail')} data-testid="order-detail">
      <header className="orders-detail-head">
        <h2 data-testid="order-detail-code">{order.code}</h2>
        {detail && <StatusBadge raw={detail.internal_status} />}
        {detail?.external_status && <span className="muted">{detail.external_status}</span>}
        <ShowVideosButton orderCode={order.code} />
        <button type="button" onClick={() => ordersActions.select(null)}>
          {t('orders.close')}
        </button>
      </header>
      {error && <ErrorNote error={error} />}
      {!detail && !error && <p className="muted">{t('app.loading')}</p>}
      {detail && (
        <>
          <CancelRequestBox detail={detail} />
          <OrderActions detail={detail} />
          <EditOrder detail={detail} />
          <Parties detail={detail} />
          <Shipping detail={detail} />
          <Items detail={detail} />
          <Prices detail={detail} />
        </>
      )}
      {trackingError && <ErrorNote error={trackingError} />}
      {tracking && <TrackingTimeline tracking={tracking} />}
    </aside>
  );
}

function Parties({ detail }: { detail: OrderDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const r = detail.recipient_info;
  const b = detail.buyer_info;
  const place = [r.full_address, r.sub_district, r.district, r.city, r.state, r.postal_code, r.country];
  return (
    <section className="orders-section orders-columns">
      <div>
        <h3>{t('orders.recipient')}</h3>
        <p data-testid="recipient-name">{r.name}</p>
        <p data-testid="recipient-phone">{r.phone}</p>
        <p data-testid="recipient-address">{place.filter(Boolean).join(', ')}</p>
        {r.remarks && <p className="muted">{r.remarks}</p>}
      </div>
      <div>
        <h3>{t('orders.buyer')}</h3>
        <p>{b.name}</p>
        <p>{[b.phone, b.email].filter(Boolean).join(' · ')}</p>
      </div>
    </section>
  );
}

function Shipping({ detail }: { detail: OrderDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const s = detail.shipping_info;
  return (
    <section className="orders-section">
      <h3>{t('orders.shipping')}</h3>
      <dl className="orders-facts">
        <dt>{t('orders.courier')}</dt>
        <dd>{[s.provider_name, s.provider_service, s.logistic_carrier].filter(Boolean).join(' · ')}</dd>
        <dt>{t('orders.trackingNumber')}</dt>
        <dd>{s.tracking_number ?? '—'}</dd>
        <dt>{t('orders.delivery')}</dt>
        <dd>{detail.delivery ?? '—'}</dd>
        <dt>{t('orders.channel')}</dt>
        <dd>{[detail.channel, detail.store_name].filter(Boolean).join(' · ')}</dd>
        <dt>{t('orders.payment')}</dt>
        <dd>{[detail.payment_type, detail.payment_via].filter(Boolean).join(' · ')}</dd>
      </dl>
    </section>
  );
}

function Items({ detail }: { detail: OrderDetail }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="orders-section">
      <h3>{t('orders.items')}</h3>
      <table className="lines" data-testid="order-items">
        <thead>
          <tr>
            <th scope="col">{t('orders.sku')}</th>
            <th scope="col">{t('orders.productName')}</th>
            <th scope="col">{t('orders.qty')}</th>
            <th scope="col">{t('orders.unitPrice')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.product_info.map((p) => (
            <tr key={p.order_detail_id} className={p.is_cancel ? 'orders-line-cancelled' : undefined}>
              <td>{p.sku}</td>
              <td>
                {p.product_name}
                {p.is_cancel && (
                  <strong className="orders-cancelled-mark"> {t('orders.lineCancelled')}</strong>
                )}
              </td>
              <td>{p.quantity}</td>
              <td>{formatMoney(p.price, p.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Prices({ detail }: { detail: OrderDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const p = detail.price_info;
  const rows: [string, string | undefined][] = [
    [t('orders.price.sub_total'), p.sub_total],
    [t('orders.price.shipping_price'), p.shipping_price],
    [t('orders.price.total_discount'), p.total_discount],
    [t('orders.price.tax'), p.tax],
    [t('orders.price.cod_price'), p.cod_price],
    [t('orders.price.insurance_price'), p.insurance_price],
    [t('orders.price.grand_total'), p.grand_total],
  ];
  return (
    <section className="orders-section">
      <h3>{t('orders.prices')}</h3>
      <dl className="orders-facts" data-testid="order-prices">
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([label, amount]) => (
            <div key={label} className="orders-fact">
              <dt>{label}</dt>
              <dd>{formatMoney(amount, p.currency)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
