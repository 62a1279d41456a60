// The order in hand: who it goes to, by which courier, what is in it. Money exactly as the API gives it.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/orders/money';
import type { OrderView } from '../../../shared/station';
import { SlipButton } from '../documents/SlipButton';

export function OrderCard({ order }: { order: OrderView }): React.JSX.Element {
  const { t } = useTranslation();
  const lines = order.lines.filter((l) => !l.isCancel);
  const cancelled = order.lines.length - lines.length;
  return (
    <section className="order-card" aria-label={t('pack.orderTitle')}>
      <dl>
        <dt>{t('pack.recipient')}</dt>
        <dd>
          {order.recipientName ?? '—'} ·{' '}
          {[order.recipientCity, order.recipientProvince, order.postalCode].filter(Boolean).join(', ')}
        </dd>
        <dt>{t('pack.courier')}</dt>
        <dd>
          {order.carrier ?? '—'}
          {order.trackingNumber ? ` · ${order.trackingNumber}` : ''}
        </dd>
        <dt>{t('pack.payment')}</dt>
        <dd>
          {order.paymentType ?? '—'}
          {order.codAmount
            ? ` · ${t('pack.codCollect')} ${formatMoney(order.codAmount, order.currency)}`
            : ''}
        </dd>
        <dt>{t('pack.store')}</dt>
        <dd>
          {order.storeName ?? order.channel ?? '—'}
          {order.externalStatus ? ` · ${order.externalStatus}` : ''}
        </dd>
      </dl>
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">{t('pack.sku')}</th>
            <th scope="col">{t('pack.product')}</th>
            <th scope="col">{t('pack.qty')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.orderDetailId}>
              <td>{l.sku}</td>
              <td>{l.name ?? '—'}</td>
              <td>{l.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cancelled > 0 && <p className="muted">{t('pack.cancelledLines', { count: cancelled })}</p>}
      <SlipButton orderCode={order.orderCode} />
    </section>
  );
}
