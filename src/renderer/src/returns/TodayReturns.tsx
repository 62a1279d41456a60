// Today's returns at this bench, newest first, with how each one's sending stands.
import { useTranslation } from 'react-i18next';
import { useTimeFormatter } from '../app/time';
import { reprintSlip } from './returns-controller';
import { useTodayReturns } from './returns-store';
import { errorMessage } from '../errors/error-words';

export function TodayReturns(): React.JSX.Element {
  const { t } = useTranslation();
  const today = useTodayReturns();
  const formatTime = useTimeFormatter();
  return (
    <section className="today-returns" aria-label={t('returns.today')}>
      <h2>{t('returns.today')}</h2>
      {today.length === 0 ? (
        <p className="muted">{t('returns.none')}</p>
      ) : (
        <table data-testid="today-returns">
          <thead>
            <tr>
              <th scope="col">{t('returns.time')}</th>
              <th scope="col">{t('orders.code')}</th>
              <th scope="col">{t('returns.awb')}</th>
              <th scope="col">{t('returns.reasonColumn')}</th>
              <th scope="col">{t('returns.note')}</th>
              <th scope="col">{t('returns.who')}</th>
              <th scope="col">{t('returns.stateColumn')}</th>
              <th scope="col">
                <span className="sr-only">{t('returns.reprint')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {today.map((r) => (
              <tr key={r.id} data-testid="today-return" data-state={r.state}>
                <td>{formatTime(r.at)}</td>
                <td>{r.orderCode}</td>
                <td>{r.awb ?? '—'}</td>
                <td>{t(`returns.reason.${r.reason}`)}</td>
                <td>{r.note || '—'}</td>
                <td>{r.packer ?? '—'}</td>
                <td title={(r.error ? errorMessage(r.error, t) : null) ?? r.stateNote ?? ''}>
                  {t(`returns.state.${r.state}`)}
                </td>
                <td>
                  <button type="button" onClick={() => void reprintSlip(r.id)}>
                    {t('returns.reprint')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
