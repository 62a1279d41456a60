// The reason, with the API's return_by vocabulary: number keys 1–5 or the reason cards, then an optional
// note and Enter.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RETURN_REASONS } from '../../../shared/orders/options';
import { chooseReason, recordReturn } from './returns-controller';
import { returnsActions, useReturnNote, useReturnReason, useReturnsPhase } from './returns-store';

export function ReasonPicker(): React.JSX.Element {
  const { t } = useTranslation();
  const reason = useReturnReason();
  const note = useReturnNote();
  const phase = useReturnsPhase();
  const noteRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (reason) noteRef.current?.focus();
  }, [reason]);
  return (
    <form
      className="return-reason"
      data-testid="return-reason"
      onSubmit={(e) => {
        e.preventDefault();
        void recordReturn();
      }}
    >
      <p role="status">
        {reason
          ? t('returns.reasonChosen', { reason: t(`returns.reason.${reason}`) })
          : t('returns.reasonAsk')}
      </p>
      <ol className="reasons">
        {RETURN_REASONS.map((r, i) => (
          <li key={r}>
            <button
              type="button"
              aria-pressed={reason === r}
              data-testid={`reason-${r}`}
              onClick={() => chooseReason(r)}
            >
              <kbd>{i + 1}</kbd> {t(`returns.reason.${r}`)}
            </button>
          </li>
        ))}
      </ol>
      <label htmlFor="return-note">{t('returns.note')}</label>
      <input
        id="return-note"
        ref={noteRef}
        data-testid="return-note"
        value={note}
        maxLength={300}
        autoComplete="off"
        onChange={(e) => returnsActions.setNote(e.target.value)}
      />
      <button type="submit" disabled={!reason || phase === 'saving'} data-testid="return-record">
        {t('returns.record')}
      </button>
    </form>
  );
}
