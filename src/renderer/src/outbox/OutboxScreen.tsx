// Every action waiting for the API or needing the operator, with its error and request_id. A failed action
// (a 4xx) is never retried by itself: the operator retries it, or discards it with a reason.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../shared/outbox/types';
import { supervisorToken, useOutbox } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { useTimeFormatter } from '../app/time';
import { RetryAllBar } from './RetryAllBar';
import { errorMessage } from '../errors/error-words';

export function OutboxScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const summary = useOutbox();
  const formatTime = useTimeFormatter();
  const [entries, setEntries] = useState<OutboxEntryView[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);
  const load = useCallback(() => setReloads((n) => n + 1), []);

  // Reload whenever the counts move (an action queued, sent or failed) or after a retry/discard.
  useEffect(() => {
    let live = true;
    void station.outbox.list().then((res) => {
      if (!live) return;
      if (res.ok) setEntries(res.value);
      else setMessage(errorMessage(res.error, t));
    });
    return () => {
      live = false;
    };
  }, [summary, reloads, t]);

  async function retry(id: string): Promise<void> {
    const res = await station.outbox.retry({ id });
    setMessage(res.ok ? null : errorMessage(res.error, t));
    load();
  }

  // Electron has no window.prompt: the reason is typed in the row itself.
  const [discarding, setDiscarding] = useState<{ id: string; reason: string } | null>(null);

  async function discard(id: string, reason: string): Promise<void> {
    const res = await station.outbox.discard({ id, reason, supervisorToken: supervisorToken() });
    setMessage(res.ok ? null : errorMessage(res.error, t));
    if (res.ok) setDiscarding(null);
    load();
  }

  return (
    <main className="outbox" aria-label={t('outbox.title')}>
      <h1>{t('outbox.title')}</h1>
      <p className="muted">{t('outbox.explain')}</p>
      <button type="button" onClick={() => void station.connectivity.probe()}>
        {t('outbox.checkNow')}
      </button>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <RetryAllBar
        entries={entries}
        onDone={(error) => {
          setMessage(error);
          load();
        }}
      />
      <table className="lines" data-testid="outbox-table">
        <thead>
          <tr>
            <th scope="col">{t('outbox.order')}</th>
            <th scope="col">{t('outbox.action')}</th>
            <th scope="col">{t('outbox.state')}</th>
            <th scope="col">{t('outbox.created')}</th>
            <th scope="col">{t('outbox.attempts')}</th>
            <th scope="col">{t('outbox.error')}</th>
            <th scope="col">
              <span className="sr-only">{t('outbox.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className={`outbox-${e.state}`} data-state={e.state} data-code={e.orderCode}>
              <td>
                {e.orderCode}
                {e.packer && <small data-testid="outbox-packer"> · {e.packer.name}</small>}
              </td>
              <td>{t(`steps.${e.kind === 'set_process_packed' ? 'set_packed' : e.kind}`)}</td>
              <td>{t(`outbox.states.${e.state}`)}</td>
              <td>{formatTime(e.createdAt)}</td>
              <td>{e.attempts}</td>
              <td>
                {e.lastError ? errorMessage(e.lastError, t) : (e.note ?? '')}
                {(e.lastError?.requestId ?? e.requestId) && (
                  <code className="request-id"> {e.lastError?.requestId ?? e.requestId}</code>
                )}
              </td>
              <td>
                {(e.state === 'failed' || e.state === 'stopped') && (
                  <>
                    {e.state === 'failed' && (
                      <button type="button" onClick={() => void retry(e.id)}>
                        {t('outbox.retry')}
                      </button>
                    )}
                    {discarding?.id === e.id ? (
                      // Dropping a write for good is a supervisor's decision: the PIN first, then the reason.
                      <PinPrompt>
                        <form
                          onSubmit={(ev) => {
                            ev.preventDefault();
                            void discard(e.id, discarding.reason);
                          }}
                        >
                          <input
                            aria-label={t('outbox.discardReason')}
                            value={discarding.reason}
                            onChange={(ev) => setDiscarding({ id: e.id, reason: ev.target.value })}
                            autoFocus
                          />
                          <button type="submit">{t('outbox.discard')}</button>
                        </form>
                      </PinPrompt>
                    ) : (
                      <button type="button" onClick={() => setDiscarding({ id: e.id, reason: '' })}>
                        {t('outbox.discard')}
                      </button>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
    </main>
  );
}
