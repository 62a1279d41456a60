// Always visible: whether the Orders API is reachable (from real calls, not navigator.onLine), how many
// actions wait to be sent and how old the oldest is, and how many need the operator.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appActions, useOutbox } from '../app/app-store';

function ageMinutes(iso: string | null, now: number): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((now - t) / 60_000));
}

export function OutboxBadge(): React.JSX.Element | null {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  if (!outbox) return null;
  const online = outbox.connectivity.online;
  const age = ageMinutes(outbox.oldestQueuedAt, now);
  const problems = outbox.failed + outbox.stopped;
  return (
    <button
      type="button"
      className={`outbox-badge ${online ? 'is-online' : 'is-offline'} ${problems ? 'has-problems' : ''}`}
      onClick={() => appActions.show('outbox')}
      data-testid="outbox-badge"
      data-online={online ? 'true' : 'false'}
      data-queued={outbox.queued}
    >
      <strong>{online ? t('connection.online') : t('connection.offline')}</strong>
      {' · '}
      {t('connection.queued', { count: outbox.queued })}
      {age !== null && outbox.queued > 0 ? ` · ${t('connection.oldest', { minutes: age })}` : ''}
      {problems > 0 ? ` · ${t('connection.problems', { count: problems })}` : ''}
    </button>
  );
}
