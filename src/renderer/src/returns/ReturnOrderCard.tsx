// The returned parcel's order: AWB, status, ship date, recipient and items, so the packer can check the
// parcel in hand is this order before choosing the reason.
import { useTranslation } from 'react-i18next';
import type { ReturnOrderView } from '../../../shared/ipc/returns-channels';

export function ReturnOrderCard({ order }: { order: ReturnOrderView }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const shipped = order.shippedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(order.shippedAt))
    : '—';
  const r = order.recipient;
  return (
    <section
      className="order-card"
      aria-label={t('returns.order', { code: order.orderCode })}
      data-testid="return-order"
    >
      <h2>{t('returns.order', { code: order.orderCode })}</h2>
      <dl>
        <dt>{t('returns.awb')}</dt>
        <dd data-testid="return-awb">{order.awb ?? '—'}</dd>
        <dt>{t('returns.status')}</dt>
        <dd>{t(`status.${order.status}`)}</dd>
        <dt>{t('returns.shipped')}</dt>
        <dd data-testid="return-shipped">{shipped}</dd>
        <dt>{t('returns.courier')}</dt>
        <dd>{order.courier ?? '—'}</dd>
        <dt>{t('returns.recipient')}</dt>
        <dd data-testid="return-recipient">
          {[r.name, r.phone, r.address, r.city].filter(Boolean).join(' · ') || '—'}
        </dd>
      </dl>
      <h3>{t('returns.items')}</h3>
      <ul className="return-items" data-testid="return-items">
        {order.items.map((item) => (
          <li key={item.sku}>
            <strong>{item.sku}</strong> {item.name ?? ''} {t('returns.qty', { count: item.quantity })}
          </li>
        ))}
      </ul>
      {order.source === 'cache' && <p className="muted">{t('returns.fromCache')}</p>}
    </section>
  );
}
