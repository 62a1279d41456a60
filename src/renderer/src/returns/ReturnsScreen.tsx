// The returns bench: scan a returned parcel's AWB (or type its order code), check the order, give the
// reason (1–5 or a reason card) and an optional note, Enter. A parcel that cannot be returned stops in words.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextField } from '../scan/text-field';
import { CodeForm } from '../scan/CodeForm';
import { useTimeFormatter } from '../app/time';
import { ReasonPicker } from './ReasonPicker';
import { ReturnOrderCard } from './ReturnOrderCard';
import {
  acknowledgeReturn,
  chooseReason,
  loadTodayReturns,
  lookupParcel,
  reasonOfKey,
} from './returns-controller';
import {
  useLastReturn,
  useReturnError,
  useReturnOrder,
  useReturnRefusal,
  useReturnScanned,
  useReturnsPhase,
  type Refusal,
} from './returns-store';
import { TodayReturns } from './TodayReturns';
import './returns.css';
import { errorMessage } from '../errors/error-words';

export function ReturnsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const phase = useReturnsPhase();
  const order = useReturnOrder();
  const scanned = useReturnScanned();
  const error = useReturnError();
  const last = useLastReturn();

  useEffect(() => void loadTodayReturns(), []);
  useEffect(() => {
    // Number keys pick the reason, unless the packer is typing in a field (the note, the code box).
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.altKey || e.metaKey || isTextField(e.target)) return;
      const reason = reasonOfKey(e.key);
      if (reason && chooseReason(reason)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="pack returns" aria-label={t('returns.title')} data-testid="returns-screen">
      <section className="pack-main">
        <h1 className="headline" data-testid="returns-headline">
          {phase === 'looking'
            ? t('returns.looking', { code: scanned ?? '' })
            : phase === 'saving' && order
              ? t('returns.saving', { code: order.orderCode })
              : t('returns.title')}
        </h1>
        <RefusalNote />
        {error && (
          <div className="notice notice-error" role="alert" data-testid="return-error">
            <p>{errorMessage(error, t)}</p>
            {error.requestId && <p className="muted">{`${t('alert.requestId')}: ${error.requestId}`}</p>}
            <button type="button" onClick={acknowledgeReturn}>
              {t('returns.ack')}
            </button>
          </div>
        )}
        {last && <SavedNote />}
        {order && (phase === 'asking' || phase === 'saving') && (
          <>
            <ReturnOrderCard order={order} />
            <ReasonPicker />
          </>
        )}
        {phase === 'idle' && !last && <p className="hint">{t('returns.hint')}</p>}
        <TodayReturns />
      </section>
      <aside className="pack-side">
        <CodeEntry />
      </aside>
    </main>
  );
}

function CodeEntry(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <CodeForm
      id="return-code"
      label={t('returns.code')}
      submitLabel={t('returns.find')}
      onCode={(code) => void lookupParcel(code)}
    />
  );
}

function RefusalNote(): React.JSX.Element | null {
  const { t } = useTranslation();
  const refusal = useReturnRefusal();
  const formatTime = useTimeFormatter();
  if (!refusal) return null;
  return (
    <div
      className="notice notice-error"
      role="alert"
      data-testid="return-refused"
      data-refusal={refusal.refusal}
    >
      <p>{t(refusalKey(refusal), refusalValues(refusal, t, formatTime))}</p>
      <button type="button" onClick={acknowledgeReturn}>
        {t('returns.ack')}
      </button>
    </div>
  );
}

function refusalKey(r: Refusal): string {
  return r.refusal === 'unknown' && r.offline
    ? 'returns.refused.unknownOffline'
    : `returns.refused.${r.refusal}`;
}

function refusalValues(
  r: Refusal,
  t: (key: string) => string,
  formatTime: (iso: string) => string,
): Record<string, string> {
  return {
    code: r.code,
    orderCode: r.orderCode ?? r.code,
    status: r.status ? t(`status.${r.status}`) : '',
    time: r.recordedAt ? formatTime(r.recordedAt) : '',
  };
}

function SavedNote(): React.JSX.Element | null {
  const { t } = useTranslation();
  const last = useLastReturn();
  if (!last) return null;
  const values = { code: last.orderCode, reason: t(`returns.reason.${last.reason}`) };
  return (
    <div className="notice notice-info" role="status" data-testid="return-saved" data-state={last.state}>
      <p>{t(last.state === 'done' ? 'returns.saved' : 'returns.savedQueued', values)}</p>
      {last.slip.error && <p>{t('returns.slipFailed', { message: errorMessage(last.slip.error, t) })}</p>}
    </div>
  );
}
