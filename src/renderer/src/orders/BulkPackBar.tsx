// Pack the ticked to_process orders in one go with a pickup option; then one line per order saying
// whether the API took it (packing runs asynchronously on the API side).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import type { BulkPackResult } from '../../../shared/ipc/orders-channels';
import { PICKUP_OPTIONS, type PickupOption } from '../../../shared/orders/options';
import { supervisorToken, useSettings } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { ErrorNote } from './ErrorNote';
import { ordersActions, useChecked } from './orders-store';

export function BulkPackBar(): React.JSX.Element | null {
  const { t } = useTranslation();
  const checked = useChecked();
  const stationPickup = useSettings()?.pickupOption ?? 'LATE_PICKUP';
  const [pickup, setPickup] = useState<PickupOption | null>(null);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<BulkPackResult['results'] | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  if (checked.length === 0 && !results && !error) return null;

  async function pack(): Promise<void> {
    setBusy(true);
    const res = await station.orders.bulkPack({
      orderCodes: [...checked],
      pickupOption: pickup ?? stationPickup,
      supervisorToken: supervisorToken(),
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(null);
    setResults(res.value.results);
    ordersActions.clearChecked();
    ordersActions.reload();
  }

  return (
    <section className="orders-bulk card" aria-label={t('orders.bulkTitle')} data-testid="bulk-pack">
      {checked.length > 0 && (
        <PinPrompt>
          <span>{t('orders.selectedCount', { count: checked.length })}</span>
          <label>
            {t('pack.pickupLabel')}
            <select
              value={pickup ?? stationPickup}
              onChange={(e) => setPickup(PICKUP_OPTIONS.find((o) => o === e.target.value) ?? null)}
              data-testid="bulk-pickup"
            >
              {PICKUP_OPTIONS.map((o) => (
                <option key={o} value={o}>
                  {t(`pickup.${o}`)}
                </option>
              ))}
            </select>
          </label>
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
                className={r.ok ? 'notice-ok' : 'notice-error'}
                data-code={r.orderCode}
                data-ok={r.ok}
              >
                <strong>{r.orderCode}</strong> {r.ok ? t('orders.bulkOk') : t('orders.bulkFailed')} —{' '}
                {r.message}
                {r.requestId && <code className="request-id"> {r.requestId}</code>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setResults(null)}>
            {t('orders.dismiss')}
          </button>
        </>
      )}
    </section>
  );
}
