// Always visible: DEMO, sync state, labels pending, shift counters, language, and the way to Settings.
import { useTranslation } from 'react-i18next';
import { OutboxBadge } from '../outbox/OutboxBadge';
import { printTray } from '../pack/scan-controller';
import { PackerBadge } from '../people/PackerBadge';
import { appActions, useInfo, useQueue, useScreen, useShift, useTray } from './app-store';
import { station } from './station';
import { useTimeFormatter } from './time';
import { errorMessage } from '../errors/error-words';

export function TopBar(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const info = useInfo();
  const queue = useQueue();
  const tray = useTray();
  const shift = useShift();
  const screen = useScreen();
  const formatTime = useTimeFormatter();
  return (
    <nav className="topbar" aria-label={t('app.nav')}>
      <strong className="brand">{t('app.title')}</strong>
      {info?.demo && (
        <span className="demo-badge" data-testid="demo-badge">
          {t('app.demo')}
        </span>
      )}
      <PackerBadge />
      <OutboxBadge />
      <span className="sync" data-testid="sync-status">
        {queue?.syncing
          ? t('app.syncing', { done: queue.progress.done, total: queue.progress.total })
          : queue?.lastSyncAt
            ? t('app.lastSync', { time: formatTime(queue.lastSyncAt), count: queue.count })
            : t('app.neverSynced')}
        {queue?.syncing && queue.progress.total > 0 && (
          <progress
            value={queue.progress.done}
            max={queue.progress.total}
            aria-label={t('app.syncing', { done: queue.progress.done, total: queue.progress.total })}
            data-testid="sync-progress"
          />
        )}
        {queue?.lastError && <span className="sync-error"> · {errorMessage(queue.lastError, t)}</span>}
      </span>
      <button type="button" onClick={() => void station.queue.refresh()}>
        {t('app.refresh')}
      </button>
      <button
        type="button"
        className={tray.length ? 'tray-badge tray-full' : 'tray-badge'}
        onClick={() => void printTray()}
        data-testid="tray-badge"
        disabled={!tray.length}
      >
        {t('app.tray', { count: tray.length })}
      </button>
      {shift && (
        <span className="shift" data-testid="shift">
          {t('app.shift', {
            packed: shift.packed,
            perHour: shift.perHour.toFixed(1),
            avg: shift.avgSecondsPerOrder === null ? '—' : Math.round(shift.avgSecondsPerOrder),
          })}
        </span>
      )}
      <span className="spacer" />
      <button
        type="button"
        onClick={() => void i18n.changeLanguage(i18n.language === 'id' ? 'en' : 'id')}
        data-testid="language"
      >
        {i18n.language === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
      {screen !== 'pack' && (
        <button type="button" onClick={() => appActions.show('pack')} data-testid="nav-pack">
          {t('app.backToPack')}
        </button>
      )}
      {screen !== 'returns' && (
        <button type="button" onClick={() => appActions.show('returns')} data-testid="nav-returns">
          {t('returns.open')}
        </button>
      )}
      {screen !== 'orders' && (
        <button type="button" onClick={() => appActions.show('orders')} data-testid="nav-orders">
          {t('app.orders')}
        </button>
      )}
      {screen !== 'report' && (
        <button type="button" onClick={() => appActions.show('report')} data-testid="nav-report">
          {t('report.open')}
        </button>
      )}
      {screen !== 'search' && (
        <button type="button" onClick={() => appActions.show('search')} data-testid="nav-search">
          {t('search.nav')}
        </button>
      )}
      {screen !== 'handover' && (
        <button type="button" onClick={() => appActions.show('handover')} data-testid="nav-handover">
          {t('handover.nav')}
        </button>
      )}
      {screen !== 'clips' && (
        <button type="button" onClick={() => appActions.show('clips')} data-testid="nav-clips">
          {t('video.nav')}
        </button>
      )}
      {screen !== 'settings' && (
        <button type="button" onClick={() => appActions.show('settings')} data-testid="nav-settings">
          {t('app.settings')}
        </button>
      )}
    </nav>
  );
}
