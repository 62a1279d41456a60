// The next orders waiting to be packed (oldest first), from the station's local list: a packer sees the
// queue, and a first-time demo user sees codes to type. Refreshed after each sync and each finished order.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadyOrderView } from '../../../shared/station';
import { useInfo, useQueue } from '../app/app-store';
import { station } from '../app/station';
import { useRecent } from './flow-store';

const SHOWN = 5;

export function ReadyList(): React.JSX.Element {
  const { t } = useTranslation();
  const info = useInfo();
  const lastSyncAt = useQueue()?.lastSyncAt ?? null;
  const recent = useRecent();
  const latest = recent[0] ? `${recent[0].orderCode}:${recent[0].state}` : '';
  const [ready, setReady] = useState<ReadyOrderView[]>([]);

  useEffect(() => {
    let live = true;
    void station.queue.ready({ limit: SHOWN }).then((res) => {
      if (live && res.ok) setReady(res.value);
    });
    return () => {
      live = false;
    };
  }, [lastSyncAt, latest]);

  return (
    <section className="ready" aria-label={t('pack.readyTitle')}>
      <h2>{t('pack.readyTitle')}</h2>
      {info?.demo && ready.length > 0 && <p className="hint">{t('pack.demoHint')}</p>}
      {ready.length === 0 && <p className="muted">{t('pack.readyEmpty')}</p>}
      <ul data-testid="ready-list">
        {ready.map((o) => (
          <li key={o.orderCode} data-ready-code={o.orderCode}>
            <span className="recent-code">{o.orderCode}</span>
            <span className="muted">{[o.carrier, o.service].filter(Boolean).join(' ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
