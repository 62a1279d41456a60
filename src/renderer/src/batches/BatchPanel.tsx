// Bulk packing on the Orders screen: choose To Process orders by courier, channel, delivery lane and date
// (all matching, not one page), pick the pickup option, start; then follow the batch main runs.
import { ChoiceRow } from '../settings/rows';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PICKUP_OPTIONS } from '../../../shared/orders/options';
import { useSettings } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { ErrorNote } from '../orders/ErrorNote';
import { loadCurrent, startBatch } from './batch-calls';
import { BatchCandidates } from './BatchCandidates';
import { BatchFilters } from './BatchFilters';
import { BatchProgress } from './BatchProgress';
import { BatchResults } from './BatchResults';
import { batchActions, useBatchError, useBatchPickup, useBatchSelected, useBatchView } from './batch-store';
import './batches.css';

export function BatchPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const selected = useBatchSelected();
  const pickup = useBatchPickup();
  const view = useBatchView();
  const error = useBatchError();
  const stationPickup = useSettings()?.pickupOption ?? 'LATE_PICKUP';
  const running = view !== null && !['done', 'print_unknown', 'print_failed'].includes(view.phase);

  useEffect(() => void loadCurrent(), []);

  return (
    <details className="batch-panel card" data-testid="batch-panel">
      <summary data-testid="batch-open">{t('batches.title')}</summary>
      <BatchFilters />
      <BatchCandidates />
      {selected.length > 0 && (
        <PinPrompt>
          <div className="batch-start">
            <ChoiceRow
              label={t('pack.pickupLabel')}
              value={pickup ?? stationPickup}
              options={PICKUP_OPTIONS}
              optionLabel={(o) => t(`pickup.${o}`)}
              onChange={(o) => batchActions.setPickup(o)}
              testId="batch-pickup"
            />
            <button
              type="button"
              className="btn-primary"
              disabled={running}
              onClick={() => void startBatch(stationPickup)}
              data-testid="batch-start"
            >
              {t('batches.start', { count: selected.length })}
            </button>
          </div>
        </PinPrompt>
      )}
      {error && <ErrorNote error={error} />}
      {view && <BatchProgress view={view} />}
      {view && <BatchResults view={view} />}
    </details>
  );
}
