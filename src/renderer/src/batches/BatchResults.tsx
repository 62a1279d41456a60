// One line per order of the batch: its outcome, the reason when it is not packed, the request_id; the
// failures as CSV; the whole job or one label printed again, on purpose.
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../../shared/batches/types';
import { useSettings, useSupervisorActive } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { downloadFailures, reprintBatch } from './batch-calls';

export function BatchResults({ view }: { view: BatchView }): React.JSX.Element {
  const { t } = useTranslation();
  const active = useSupervisorActive();
  const pinSet = useSettings()?.supervisorPinSet ?? true;
  // One label again needs the supervisor; the PIN is asked once, by the whole-job button below.
  const canSupervise = active || !pinSet;
  const running = !['done', 'print_unknown', 'print_failed'].includes(view.phase);
  const failures = view.orders.filter((o) => o.state !== 'packed' || o.label === 'failed' || o.shipError);
  return (
    <div className="batch-results">
      <ul className="orders-results" data-testid="batch-results">
        {view.orders.map((o) => (
          <li
            key={o.orderCode}
            className={
              o.state === 'packed'
                ? 'notice-ok'
                : o.state === 'waiting' || o.state === 'sent'
                  ? ''
                  : 'notice-error'
            }
            data-code={o.orderCode}
            data-state={o.state}
          >
            <strong>{o.orderCode}</strong> {t(`batches.state.${o.state}`)}
            {o.shipped && <> · {t('batches.shipped')}</>}
            {o.reason && <> — {o.reason}</>}
            {o.labelReason && <> — {o.labelReason}</>}
            {o.shipError && <> — {o.shipError}</>}
            {o.requestId && <code className="request-id"> {o.requestId}</code>}
            {!running && canSupervise && o.label === 'ok' && (
              <button
                type="button"
                onClick={() => void reprintBatch(view.id, o.orderCode)}
                data-testid="batch-reprint-one"
              >
                {t('batches.reprintOne')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="batch-select-buttons">
        <button
          type="button"
          disabled={!failures.length}
          onClick={() => void downloadFailures(view.id)}
          data-testid="batch-csv"
        >
          {t('batches.csv', { count: failures.length })}
        </button>
        {!running && view.counts.labels > 0 && (
          <PinPrompt>
            <button type="button" onClick={() => void reprintBatch(view.id)} data-testid="batch-reprint">
              {t('batches.reprint')}
            </button>
          </PinPrompt>
        )}
      </div>
    </div>
  );
}
