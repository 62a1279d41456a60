// What a supervisor can do to the open order: cancel (now or as a request), return, mark completed.
// Each opens a small form, then asks to confirm, then shows the API's answer. All need the PIN.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CANCEL_REASONS,
  RETURN_REASONS,
  type CancelReason,
  type ReturnReason,
} from '../../../shared/orders/options';
import type { OrderDetail } from '../../../shared/orders/schemas';
import { parseStatus, type OrderStatus } from '../../../shared/orders/status';
import { supervisorToken } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { OutcomeNote, type WriteOutcome } from './ErrorNote';
import { ordersActions } from './orders-store';
import { orderWriteError } from './write-error';

type Action = 'cancel' | 'return' | 'complete';

const CANCELLABLE: readonly OrderStatus[] = ['pending', 'to_process', 'process', 'packed'];
const RETURNABLE: readonly OrderStatus[] = ['shipped', 'completed'];

export function availableActions(status: OrderStatus | null): Action[] {
  if (!status) return [];
  const actions: Action[] = [];
  if (CANCELLABLE.includes(status)) actions.push('cancel');
  if (RETURNABLE.includes(status)) actions.push('return');
  if (status === 'shipped') actions.push('complete');
  return actions;
}

interface Draft {
  cancelBy: CancelReason;
  returnBy: ReturnReason;
  reason: string;
  direct: boolean;
}

const EMPTY_DRAFT: Draft = {
  cancelBy: 'customer_request',
  returnBy: 'customer_request',
  reason: '',
  direct: true,
};

export function OrderActions({ detail }: { detail: OrderDetail }): React.JSX.Element | null {
  const { t } = useTranslation();
  const code = detail.order_code;
  const actions = availableActions(parseStatus(detail.internal_status));
  const [action, setAction] = useState<Action | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);
  const [invalid, setInvalid] = useState(false);

  if (actions.length === 0 && !outcome) return null;

  function start(next: Action): void {
    setAction(next);
    setConfirming(next === 'complete');
    setDraft(EMPTY_DRAFT);
    setInvalid(false);
    setOutcome(null);
  }

  function toConfirm(e: React.FormEvent): void {
    e.preventDefault();
    if (draft.reason.trim() === '') return setInvalid(true);
    setInvalid(false);
    setConfirming(true);
  }

  async function send(): Promise<void> {
    if (!action) return;
    setBusy(true);
    const token = supervisorToken();
    const reason = draft.reason.trim();
    const res =
      action === 'cancel'
        ? await station.orders.cancel({
            input: {
              order_code: code,
              cancel_by: draft.cancelBy,
              cancel_reason: reason,
              direct_cancel: draft.direct,
            },
            supervisorToken: token,
          })
        : action === 'return'
          ? await station.orders.return({
              input: { order_code: code, return_by: draft.returnBy, return_reason: reason },
              supervisorToken: token,
            })
          : await station.orders.complete({ orderCode: code, supervisorToken: token });
    setBusy(false);
    setAction(null);
    setConfirming(false);
    setOutcome(res.ok ? { ok: true, ...res.value } : { ok: false, error: orderWriteError(res.error, t) });
    if (res.ok) ordersActions.reload();
  }

  return (
    <section className="orders-section" data-testid="order-actions">
      <h3>{t('orders.actions')}</h3>
      <PinPrompt>
        <div className="orders-buttons">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              onClick={() => start(a)}
              data-testid={`action-${a}`}
              disabled={busy}
            >
              {t(`orders.action.${a}`)}
            </button>
          ))}
        </div>
        {action && !confirming && (
          <form className="orders-form" onSubmit={toConfirm} data-testid="action-form">
            {action === 'cancel' ? (
              <>
                <label>
                  {t('orders.cancelBy')}
                  <select
                    value={draft.cancelBy}
                    data-testid="cancel-by"
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        cancelBy: CANCEL_REASONS.find((r) => r === e.target.value) ?? 'other',
                      })
                    }
                  >
                    {CANCEL_REASONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`orders.cancelReasons.${r}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset>
                  <legend>{t('orders.cancelHow')}</legend>
                  <label>
                    <input
                      type="radio"
                      checked={draft.direct}
                      onChange={() => setDraft({ ...draft, direct: true })}
                      data-testid="cancel-direct"
                    />
                    {t('orders.cancelDirect')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      checked={!draft.direct}
                      onChange={() => setDraft({ ...draft, direct: false })}
                      data-testid="cancel-as-request"
                    />
                    {t('orders.cancelAsRequest')}
                  </label>
                </fieldset>
              </>
            ) : (
              <label>
                {t('orders.returnBy')}
                <select
                  value={draft.returnBy}
                  data-testid="return-by"
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      returnBy: RETURN_REASONS.find((r) => r === e.target.value) ?? 'other',
                    })
                  }
                >
                  {RETURN_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`orders.returnReasons.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {t('orders.reason')}
              <textarea
                value={draft.reason}
                maxLength={500}
                onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
                data-testid="action-reason"
              />
            </label>
            {invalid && (
              <p className="form-error" role="alert">
                {t('orders.reasonRequired')}
              </p>
            )}
            <button type="submit" data-testid="action-next">
              {t('orders.continue')}
            </button>
            <button type="button" onClick={() => setAction(null)}>
              {t('orders.back')}
            </button>
          </form>
        )}
        {action && confirming && (
          <div className="orders-confirm" role="alertdialog" aria-label={t('orders.confirmTitle')}>
            <p>
              {t(`orders.confirm.${action === 'cancel' && !draft.direct ? 'request' : action}`, { code })}
            </p>
            <button
              type="button"
              className="btn-primary"
              disabled={busy}
              onClick={() => void send()}
              data-testid="action-confirm"
            >
              {t('orders.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setAction(null)}>
              {t('orders.back')}
            </button>
          </div>
        )}
      </PinPrompt>
      {outcome && <OutcomeNote outcome={outcome} />}
    </section>
  );
}
