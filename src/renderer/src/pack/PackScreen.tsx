// The Pack screen: scan anywhere, watch the steps, read the headline from across the bench.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import { ErrorPanel } from './ErrorPanel';
import { useCurrentCode, useCurrentOrderView, useVerification } from './flow-selectors';
import { useAlert, useNotice, usePendingSwitch } from './flow-store';
import { PackerPicker } from '../people/PackerPicker';
import { ManualEntry } from './ManualEntry';
import { OrderCard } from './OrderCard';
import { PickupSelector } from './PickupSelector';
import { ReadyList } from './ReadyList';
import { RecentLane } from './RecentLane';
import { StatusHeadline } from './StatusHeadline';
import { StepList } from './StepList';
import { StopScreen } from './StopScreen';
import { TrayList } from './TrayList';
import { SwitchDialog } from './SwitchDialog';
import { VerifyPanel } from './VerifyPanel';
import { RecordingBadge } from '../video/RecordingBadge';

export function PackScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const code = useCurrentCode();
  const alert = useAlert();
  const notice = useNotice();
  const pendingSwitch = usePendingSwitch();
  return (
    <main className="pack" aria-label={t('pack.title')}>
      <section className="pack-main">
        <StatusHeadline />
        <RecordingBadge />
        {notice && (
          <p className={`notice notice-${notice.tone}`} role="status" data-testid="notice">
            {t(notice.key, notice.values ?? {})}
          </p>
        )}
        <Verification />
        <Order />
        <StepList />
        {code === null && <PackerPicker />}
        {code === null && <p className="hint">{t('pack.hint')}</p>}
      </section>
      <Side />
      {alert?.kind === 'error' && <ErrorPanel error={alert.error} orderCode={alert.orderCode} />}
      {alert?.kind === 'stop' && <StopScreen outcome={alert.outcome} />}
      {pendingSwitch && code !== null && <SwitchDialog target={pendingSwitch} current={code} />}
    </main>
  );
}

const Verification = memo(function Verification(): React.JSX.Element | null {
  const verification = useVerification();
  const required = useSettings()?.verification === 'required';
  return verification ? <VerifyPanel state={verification} required={required} /> : null;
});

const Order = memo(function Order(): React.JSX.Element | null {
  const order = useCurrentOrderView();
  return order ? <OrderCard order={order} /> : null;
});

/** The side column has no props: the screen's own re-renders never reach it. */
const Side = memo(function Side(): React.JSX.Element {
  return (
    <aside className="pack-side">
      <PickupSelector />
      <ManualEntry />
      <TrayList />
      <ReadyList />
      <RecentLane />
    </aside>
  );
});
