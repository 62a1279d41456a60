// An error stays until acknowledged (Esc or the ACK barcode): it names the step, says why, shows the
// request_id to quote to support, and what to do. Scans are refused while it shows.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import { acknowledge } from './scan-controller';
import { useRefusedAt } from './flow-store';

function messageOf(error: ErrorInfo, t: TFunction): string {
  // Verification errors are made in the renderer as `wrong_item:<code>` so they can be translated.
  const local = /^(wrong_item|over_count):(.*)$/.exec(error.message);
  if (local && error.step === 'verify') return t(`verify.${local[1]}`, { code: local[2] });
  return error.message;
}

export function ErrorPanel({
  error,
  orderCode,
}: {
  error: ErrorInfo;
  orderCode: string | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const refusedAt = useRefusedAt();
  return (
    <div
      className="overlay overlay-error"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="error-title"
      data-testid="error-panel"
    >
      <div className={`alert-box ${refusedAt ? 'flash' : ''}`} key={refusedAt}>
        <h2 id="error-title">
          {error.step
            ? t('alert.failedAt', { step: t(`steps.${error.step}`) })
            : t(`errors.${error.kind}.title`)}
        </h2>
        {orderCode && <p className="alert-order">{orderCode}</p>}
        <p className="alert-message" data-testid="error-message">
          {messageOf(error, t)}
        </p>
        <p className="alert-action">{error.action ?? t(`errors.${error.kind}.action`)}</p>
        {error.requestId && (
          <p className="alert-request">
            {t('alert.requestId')} <code data-testid="request-id">{error.requestId}</code>
          </p>
        )}
        {refusedAt > 0 && (
          <p className="alert-refused" data-testid="scan-refused">
            {t('alert.scanRefused')}
          </p>
        )}
        <button type="button" className="btn-primary" onClick={acknowledge} autoFocus>
          {t('alert.acknowledge')}
        </button>
      </div>
    </div>
  );
}
