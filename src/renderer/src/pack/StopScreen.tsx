// Full-screen red stops: nothing was packed. A cancellation request offers approve / reject behind the
// supervisor PIN; an order packed or printed already offers a reprint, never prints by itself.
import { useTranslation } from 'react-i18next';
import type { Alert } from './flow-store';
import { acknowledge, reprint } from './scan-controller';
import { SupervisorCancelActions } from './SupervisorCancelActions';
import { useRefusedAt } from './flow-store';

type StopOutcome = Extract<Alert, { kind: 'stop' }>['outcome'];

function reasonKey(o: StopOutcome): string {
  if (o.kind === 'stop') return `stop.${o.reason}`;
  return o.kind === 'packed_elsewhere' ? 'stop.packed_elsewhere' : 'stop.already_printed';
}

export function StopScreen({ outcome }: { outcome: StopOutcome }): React.JSX.Element {
  const { t } = useTranslation();
  const refusedAt = useRefusedAt();
  const canReprint = outcome.kind !== 'stop' && outcome.reprint.available;
  const status =
    outcome.kind === 'stop' ? outcome.status : outcome.kind === 'packed_elsewhere' ? outcome.status : null;
  return (
    <div
      className="overlay overlay-stop"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="stop-title"
      data-testid="stop-screen"
    >
      <div className={`stop-box ${refusedAt ? 'flash' : ''}`} key={refusedAt}>
        <h2 id="stop-title" className="stop-title">
          {t('stop.title')}
        </h2>
        <p className="stop-code">{outcome.orderCode}</p>
        <p
          className="stop-reason"
          data-testid="stop-reason"
          data-reason={outcome.kind === 'stop' ? outcome.reason : outcome.kind}
        >
          {t(reasonKey(outcome))}
        </p>
        {status && (
          <p className="stop-status">{t('stop.currentStatus', { status: t(`status.${status}`) })}</p>
        )}
        {outcome.kind === 'stop' && outcome.cancellation && (
          <p className="stop-detail">
            {t('stop.cancelDetail', {
              by: outcome.cancellation.cancelBy ?? '—',
              reason: outcome.cancellation.cancelReason ?? '—',
            })}
          </p>
        )}
        {refusedAt > 0 && (
          <p className="alert-refused" data-testid="scan-refused">
            {t('alert.scanRefused')}
          </p>
        )}
        <div className="stop-actions">
          {canReprint && (
            <button type="button" onClick={() => void reprint(outcome.orderCode)}>
              {t('stop.reprint')}
            </button>
          )}
          {outcome.kind === 'stop' && outcome.reason === 'cancel_requested' && (
            <SupervisorCancelActions orderCode={outcome.orderCode} />
          )}
          <button type="button" className="btn-primary" onClick={acknowledge} autoFocus>
            {t('alert.acknowledge')}
          </button>
        </div>
      </div>
    </div>
  );
}
