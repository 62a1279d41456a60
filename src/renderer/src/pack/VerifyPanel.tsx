// Item verification: each line counts up as its items are scanned; a bulk line's count can be typed.
import { useTranslation } from 'react-i18next';
import { isComplete, progress, setLineCount, type VerificationState } from '../verify/verification';
import { flowActions } from './flow-store';
import { finishVerification } from './scan-controller';

export function VerifyPanel({
  state,
  required,
}: {
  state: VerificationState;
  required: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { counted, expected } = progress(state);
  const complete = isComplete(state);

  function typeCount(orderDetailId: number, value: string): void {
    const result = setLineCount(state, orderDetailId, Number(value));
    flowActions.setVerification(result.state);
  }

  return (
    <section className="verify" aria-label={t('verify.title')} data-testid="verify-panel">
      <h2>
        {t('verify.title')} — {counted} / {expected}
      </h2>
      <table className="lines">
        <tbody>
          {state.lines.map((line) => (
            <tr
              key={line.orderDetailId}
              className={line.counted === line.expected ? 'line-done' : ''}
              data-sku={line.sku}
            >
              <td>{line.sku}</td>
              <td>{line.productName ?? '—'}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={line.expected}
                  value={line.counted}
                  aria-label={t('verify.countFor', { sku: line.sku })}
                  onChange={(e) => typeCount(line.orderDetailId, e.target.value)}
                />{' '}
                / {line.expected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={required && !complete} onClick={() => void finishVerification()}>
        {t('verify.finish')}
      </button>
      {required && !complete && <p className="muted">{t('verify.requiredHint')}</p>}
    </section>
  );
}
