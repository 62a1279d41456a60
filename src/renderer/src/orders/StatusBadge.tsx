// A status in its colour; an unknown label from the API is shown as given, uncoloured.
import { useTranslation } from 'react-i18next';
import { parseStatus } from '../../../shared/orders/status';

export function StatusBadge({ raw }: { raw: string }): React.JSX.Element {
  const { t } = useTranslation();
  const status = parseStatus(raw);
  return (
    <span className={`status-badge ${status ? `status-${status}` : ''}`} data-testid="status-badge">
      {status ? t(`status.${status}`) : raw}
    </span>
  );
}
