// An open cancellation request (asked by, reason, deadline) with Approve / Reject behind the PIN. Once
// decided the request is gone from the detail, but the answer stays on screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/orders/schemas';
import { parseStatus } from '../../../shared/orders/status';
import { supervisorToken } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { useDateTimeFormatter } from './datetime';
import { OutcomeNote, type WriteOutcome } from './ErrorNote';
import { ordersActions } from './orders-store';
import { orderWriteError } from './write-error';

export function hasOpenCancelRequest(detail: OrderDetail): boolean {
  return detail.cancel_by !== null && parseStatus(detail.internal_status) !== 'cancelled';
}

export function CancelRequestBox({ detail }: { detail: OrderDetail }): React.JSX.Element | null {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormatter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);

  async function decide(approve: boolean): Promise<void> {
    setBusy(true);
    const arg = { orderCode: detail.order_code, supervisorToken: supervisorToken() };
    const res = approve ? await station.cancel.approve(arg) : await station.cancel.reject(arg);
    setBusy(false);
    // Approve / reject run in the bench (cancel:*), which does not tell a lost answer from "never sent":
    // only its offline refusal is put in the plain words.
    setOutcome(res.ok ? { ok: true, ...res.value } : { ok: false, error: orderWriteError(res.error, t) });
    if (res.ok) ordersActions.reload();
  }

  if (!hasOpenCancelRequest(detail)) return outcome && <OutcomeNote outcome={outcome} />;
  return (
    <section className="orders-section notice notice-warn" data-testid="cancel-request">
      <h3>{t('orders.cancelRequest')}</h3>
      <dl className="orders-facts">
        <dt>{t('orders.cancelBy')}</dt>
        <dd>{detail.cancel_by}</dd>
        <dt>{t('orders.cancelReason')}</dt>
        <dd>{detail.cancel_reason}</dd>
        <dt>{t('orders.cancelSla')}</dt>
        <dd>{formatDateTime(detail.cancel_sla_at)}</dd>
      </dl>
      <PinPrompt>
        <button type="button" disabled={busy} onClick={() => void decide(true)} data-testid="orders-approve">
          {t('stop.approveCancel')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide(false)} data-testid="orders-reject">
          {t('stop.rejectCancel')}
        </button>
      </PinPrompt>
      {outcome && <OutcomeNote outcome={outcome} />}
    </section>
  );
}
