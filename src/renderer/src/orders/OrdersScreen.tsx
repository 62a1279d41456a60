// The supervisor's order list (being built).
import { useTranslation } from 'react-i18next';

export function OrdersScreen(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <main className="orders" aria-label={t('app.orders')}>
      <h1>{t('app.orders')}</h1>
    </main>
  );
}
