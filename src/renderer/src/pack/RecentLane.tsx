// The last orders handled at this bench and where each stands (printed, shipped, in the tray, failed).
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors/error-words';
import { useRecent } from './flow-store';

export function RecentLane(): React.JSX.Element {
  const { t } = useTranslation();
  const recent = useRecent();
  return (
    <section className="recent" aria-label={t('pack.recentTitle')}>
      <h2>{t('pack.recentTitle')}</h2>
      {recent.length === 0 && <p className="muted">{t('pack.recentEmpty')}</p>}
      <ul data-testid="recent-lane">
        {recent.map((r) => (
          <li key={r.orderCode} className={`recent-${r.state}`} data-code={r.orderCode} data-state={r.state}>
            <span className="recent-code">{r.orderCode}</span>
            <span className="recent-state">{t(`recent.${r.state}`)}</span>
            {(r.error || r.note) && (
              <span className="recent-note">{r.error ? errorMessage(r.error, t) : r.note}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
