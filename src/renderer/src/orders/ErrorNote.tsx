// A failed call in words: what went wrong, the API's message, and the request_id to quote to support.
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import { errorWords } from '../errors/error-words';

export function ErrorNote({ error }: { error: ErrorInfo }): React.JSX.Element {
  const { t } = useTranslation();
  const { message, action } = errorWords(error, t);
  return (
    <div className="notice notice-error" role="alert" data-testid="orders-error" data-kind={error.kind}>
      <strong>{t(`errors.${error.kind}.title`)}</strong>
      <p>{message}</p>
      {action && <p>{action}</p>}
      {error.fieldErrors && (
        <ul>
          {Object.entries(error.fieldErrors).map(([field, messages]) => (
            <li key={field}>
              {field}: {messages.join(', ')}
            </li>
          ))}
        </ul>
      )}
      {error.requestId && (
        <p>
          {t('alert.requestId')} <code className="request-id">{error.requestId}</code>
        </p>
      )}
    </div>
  );
}

/** The outcome of a write: the API's words and request_id, or the error. */
export type WriteOutcome =
  { ok: true; message: string; requestId: string | null } | { ok: false; error: ErrorInfo };

export function OutcomeNote({ outcome }: { outcome: WriteOutcome }): React.JSX.Element {
  const { t } = useTranslation();
  if (!outcome.ok) return <ErrorNote error={outcome.error} />;
  return (
    <div className="notice notice-ok" role="status" data-testid="orders-ok">
      <p>{outcome.message || t('orders.done')}</p>
      {outcome.requestId && (
        <p>
          {t('alert.requestId')} <code className="request-id">{outcome.requestId}</code>
        </p>
      )}
    </div>
  );
}
