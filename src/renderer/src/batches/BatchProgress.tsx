// The running (or last) batch: its phase, a progress bar with counts, and its one label job.
import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../../shared/batches/types';
import { PinPrompt } from '../app/PinPrompt';
import { resumeBatch } from './batch-calls';

export function BatchProgress({ view }: { view: BatchView }): React.JSX.Element {
  const { t } = useTranslation();
  const c = view.counts;
  const seconds = Math.round(view.confirmTimeoutMs / 1000);
  return (
    <div className="batch-progress" data-testid="batch-progress" data-phase={view.phase} data-batch={view.id}>
      <p>
        <strong>{t(`batches.phase.${view.phase}`)}</strong> · {t('batches.limit', { seconds })}
      </p>
      <progress value={c.settled} max={c.total} aria-label={t('batches.progressLabel')} />
      <p data-testid="batch-counts">
        {t('batches.counts', {
          settled: c.settled,
          total: c.total,
          packed: c.packed,
          refused: c.refused,
          failed: c.failed,
          unknown: c.unknown,
          shipped: c.shipped,
        })}
      </p>
      {view.job && (
        <p data-testid="batch-job">
          {t('batches.job', { jobId: view.job.jobId, printer: view.job.printer, pages: view.job.pages })}
        </p>
      )}
      {view.printProblem && (
        <p className="notice notice-error" role="alert">
          {view.printProblem}
        </p>
      )}
      {view.stopReason && (
        <div className="notice notice-error" role="alert" data-testid="batch-stopped">
          <p>{t('batches.stopped', { reason: view.stopReason })}</p>
          <PinPrompt>
            <button type="button" onClick={() => void resumeBatch(view.id)} data-testid="batch-resume">
              {t('batches.resume')}
            </button>
          </PinPrompt>
        </div>
      )}
      {view.phase === 'print_unknown' && <p className="notice notice-error">{t('batches.printUnknown')}</p>}
    </div>
  );
}
