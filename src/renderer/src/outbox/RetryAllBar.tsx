// "Try all again": after the cause of the refusals is fixed (typically the API key), the operator sends
// every refused step again at once instead of one by one — after a confirmation that says how many.
// The count comes from the same rule main applies (shared/outbox/retry-all), over the list shown.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../shared/outbox/types';
import { retryAllCandidates, type RetryAllFilter } from '../../../shared/outbox/retry-all';
import { station } from '../app/station';
import { errorMessage } from '../errors/error-words';

interface Props {
  entries: OutboxEntryView[];
  /** After the request: the error in words (null when it went through), and reload the list. */
  onDone: (error: string | null) => void;
}

export function RetryAllBar({ entries, onDone }: Props): React.JSX.Element | null {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<{ filter: RetryAllFilter; count: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<number | null>(null);

  const all = retryAllCandidates(entries).length;
  const auth = retryAllCandidates(entries, { kind: 'auth' }).length;

  async function confirm(filter: RetryAllFilter): Promise<void> {
    setBusy(true);
    const res = await station.outbox.retryAll(filter);
    setBusy(false);
    setConfirming(null);
    setSent(res.ok ? res.value.retried : null);
    onDone(res.ok ? null : errorMessage(res.error, t));
  }

  if (all === 0 && sent === null) return null;
  return (
    <div className="outbox-retry-all" data-testid="outbox-retry-all">
      {all > 0 && (
        <button type="button" onClick={() => setConfirming({ filter: {}, count: all })}>
          {t('outbox.retryAll.button', { count: all })}
        </button>
      )}
      {auth > 0 && auth < all && (
        <button type="button" onClick={() => setConfirming({ filter: { kind: 'auth' }, count: auth })}>
          {t('outbox.retryAll.authButton', { count: auth })}
        </button>
      )}
      {sent !== null && (
        <p className="notice notice-info" role="status">
          {t('outbox.retryAll.sent', { count: sent })}
        </p>
      )}
      {confirming && (
        <div
          className="overlay"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="retry-all-title"
          data-testid="retry-all-dialog"
        >
          <div className="alert-box">
            <h2 id="retry-all-title">{t('outbox.retryAll.title')}</h2>
            <p>{t('outbox.retryAll.confirm', { count: confirming.count })}</p>
            <div className="stop-actions">
              <button type="button" onClick={() => setConfirming(null)} disabled={busy}>
                {t('outbox.retryAll.cancel')}
              </button>
              <button
                type="button"
                className="btn-primary"
                autoFocus
                disabled={busy}
                onClick={() => void confirm(confirming.filter)}
              >
                {t('outbox.retryAll.go', { count: confirming.count })}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
