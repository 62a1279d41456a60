// Pack the ticked to_process orders in one go with a pickup option. It runs as a batch (src/renderer/src/
// batches): main refuses fake, marketplace-fulfilled and cancel-requested orders, confirms each
// asynchronous outcome, prints the labels as one job and ships; one line per order says how it ended.
import { ChoiceRow } from '../settings/rows';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import { PICKUP_OPTIONS, type PickupOption } from '../../../shared/orders/options';
import { supervisorToken, useSettings } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { batchActions, useBatchView } from '../batches/batch-store';
import { ErrorNote } from './ErrorNote';
import { ordersActions, useChecked } from './orders-store';

export function BulkPackBar(): React.JSX.Element | null {
  const { t } = useTranslation();
  const checked = useChecked();
  const stationPickup = useSettings()?.pickupOption ?? 'LATE_PICKUP';
  const [pickup, setPickup] = useState<PickupOption | null>(null);
  const [busy, setBusy] = useState(false);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const view = useBatchView();
  const results = batchId && view?.id === batchId ? view.orders : null;

  if (checked.length === 0 && !results && !error) return null;

  async function pack(): Promise<void> {
    setBusy(true);
    const res = await station.batch.start({
      orderCodes: [...checked],
      pickupOption: pickup ?? stationPickup,
      supervisorToken: supervisorToken(),
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(null);
    batchActions.setView(res.value);
    setBatchId(res.value.id);
    ordersActions.clearChecked();
    ordersActions.reload();
  }

  return (
    <section className="orders-bulk card" aria-label={t('orders.bulkTitle')} data-testid="bulk-pack">
      {checked.length > 0 && (
        <PinPrompt>
          <span>{t('orders.selectedCount', { count: checked.length })}</span>
          <ChoiceRow
            label={t('pack.pickupLabel')}
            value={pickup ?? stationPickup}
            options={PICKUP_OPTIONS}
            optionLabel={(o) => t(`pickup.${o}`)}
            onChange={setPickup}
            testId="bulk-pickup"
          />
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            onClick={() => void pack()}
            data-testid="bulk-pack-go"
          >
            {t('orders.packSelected')}
          </button>
          <button type="button" disabled={busy} onClick={ordersActions.clearChecked}>
            {t('orders.clearSelection')}
          </button>
        </PinPrompt>
      )}
      {error && <ErrorNote error={error} />}
      {results && (
        <>
          <ul className="orders-results" data-testid="bulk-results">
            {results.map((r) => (
              <li
                key={r.orderCode}
                className={
                  r.state === 'packed'
                    ? 'notice-ok'
                    : r.state === 'waiting' || r.state === 'sent'
                      ? ''
                      : 'notice-error'
                }
                data-code={r.orderCode}
                data-ok={r.state === 'packed'}
                data-state={r.state}
              >
                <strong>{r.orderCode}</strong> {t(`batches.state.${r.state}`)}
                {r.shipped && <> · {t('batches.shipped')}</>}
                {r.reason && <> — {r.reason}</>}
                {r.requestId && <code className="request-id"> {r.requestId}</code>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setBatchId(null)}>
            {t('orders.dismiss')}
          </button>
        </>
      )}
    </section>
  );
}
