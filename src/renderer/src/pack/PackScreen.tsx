// The Pack screen: scan anywhere, watch the steps, read the headline from across the bench.
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import { ErrorPanel } from './ErrorPanel';
import { useAlert, useCurrentOrder, useNotice, usePendingSwitch } from './flow-store';
import { ManualEntry } from './ManualEntry';
import { OrderCard } from './OrderCard';
import { PickupSelector } from './PickupSelector';
import { ReadyList } from './ReadyList';
import { RecentLane } from './RecentLane';
import { StatusHeadline } from './StatusHeadline';
import { StepList } from './StepList';
import { StopScreen } from './StopScreen';
import { SwitchDialog } from './SwitchDialog';
import { VerifyPanel } from './VerifyPanel';
import { RecordingBadge } from '../video/RecordingBadge';

export function PackScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const current = useCurrentOrder();
  const alert = useAlert();
  const notice = useNotice();
  const pendingSwitch = usePendingSwitch();
  const settings = useSettings();
  return (
    <main className="pack" aria-label={t('pack.title')}>
      <section className="pack-main">
        <StatusHeadline current={current} />
        <RecordingBadge />
        {notice && (
          <p className={`notice notice-${notice.tone}`} role="status" data-testid="notice">
            {t(notice.key, notice.values ?? {})}
          </p>
        )}
        {current?.verification && (
          <VerifyPanel state={current.verification} required={settings?.verification === 'required'} />
        )}
        {current?.order && <OrderCard order={current.order} />}
        {current && <StepList steps={current.steps} />}
        {!current && <p className="hint">{t('pack.hint')}</p>}
      </section>
      <aside className="pack-side">
        <PickupSelector />
        <ManualEntry />
        <ReadyList />
        <RecentLane />
      </aside>
      {alert?.kind === 'error' && <ErrorPanel error={alert.error} orderCode={alert.orderCode} />}
      {alert?.kind === 'stop' && <StopScreen outcome={alert.outcome} />}
      {pendingSwitch && current && <SwitchDialog target={pendingSwitch} current={current.orderCode} />}
    </main>
  );
}
