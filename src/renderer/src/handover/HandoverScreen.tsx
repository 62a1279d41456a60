// Courier handover (serah terima): the shipped boxes waiting per courier and pickup option; open one to
// scan the boxes into the vehicle, print the list for both signatures, save CSV and close it. Past
// handovers below, reprinted on purpose.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeFormatter } from '../app/time';
import './handover.css';
import { HandoverDock } from './HandoverDock';
import { HandoverMessageLine } from './HandoverMessageLine';
import {
  handoverActions,
  useHandoverGroups,
  useHandoverHistory,
  useHandoverLoading,
  useOpenGroup,
} from './handover-store';

export function HandoverScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const open = useOpenGroup();
  useEffect(() => void handoverActions.load(), []);
  return (
    <main className="handover" aria-labelledby="handover-title">
      <h1 id="handover-title">{t('handover.title')}</h1>
      <HandoverMessageLine />
      {open ? <HandoverDock group={open} /> : <Groups />}
      <History />
    </main>
  );
}

function Groups(): React.JSX.Element {
  const { t } = useTranslation();
  const groups = useHandoverGroups();
  const loading = useHandoverLoading();
  const formatTime = useTimeFormatter();
  return (
    <section aria-label={t('handover.title')}>
      <button type="button" onClick={() => void handoverActions.load()} data-testid="handover-refresh">
        {t('handover.refresh')}
      </button>
      {loading && <p className="loading">{t('handover.loading')}</p>}
      {groups && groups.length === 0 && <p data-testid="handover-empty">{t('handover.empty')}</p>}
      <ul className="handover-groups">
        {(groups ?? []).map((g) => (
          <li key={`${g.courier}|${g.pickupOption ?? ''}`} data-testid="handover-group">
            <strong>{g.courier}</strong> · {g.pickupOption ?? t('handover.pickupUnknown')} ·{' '}
            {t('handover.boxes', { count: g.orders.length })} ·{' '}
            {t('handover.since', { time: formatTime(g.since) })}{' '}
            <button
              type="button"
              onClick={() =>
                void handoverActions.openGroup({ courier: g.courier, pickupOption: g.pickupOption })
              }
            >
              {t('handover.choose')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function History(): React.JSX.Element {
  const { t } = useTranslation();
  const history = useHandoverHistory();
  const formatTime = useTimeFormatter();
  return (
    <section aria-labelledby="handover-history">
      <h2 id="handover-history">{t('handover.history')}</h2>
      {history.length === 0 && <p>{t('handover.noHistory')}</p>}
      <ul className="handover-history">
        {history.map((h) => (
          <li key={h.id} data-testid="handover-record">
            {t('handover.closedBy', {
              time: formatTime(h.closedAt),
              courier: h.courier,
              count: h.orders.length,
              who: h.closedBy,
            })}{' '}
            <button type="button" onClick={() => void handoverActions.reprint(h.id)}>
              {t('handover.reprint')}
            </button>{' '}
            <button type="button" onClick={() => void handoverActions.csv({ id: h.id })}>
              {t('handover.csv')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
