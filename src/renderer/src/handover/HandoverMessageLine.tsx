// The handover screen's last result, in words (an error with its request id when the API gave one).
import { useTranslation } from 'react-i18next';
import { useHandoverMessage } from './handover-store';
import { errorMessage } from '../errors/error-words';

export function HandoverMessageLine(): React.JSX.Element | null {
  const { t } = useTranslation();
  const message = useHandoverMessage();
  if (!message) return null;
  if (message.key === 'error')
    return (
      <p className="form-error" role="alert" data-testid="handover-message">
        {errorMessage(message.error, t)}
        {message.error.requestId ? ` (request ${message.error.requestId})` : ''}
      </p>
    );
  return (
    <p className="notice notice-info" role="status" data-testid="handover-message">
      {t(`handover.${message.key}`, message.values)}
    </p>
  );
}
