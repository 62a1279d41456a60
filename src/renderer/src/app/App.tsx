// The shell: scanner listening on the whole page, Esc acknowledges, DEMO on every screen, then the screen.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PackScreen } from '../pack/PackScreen';
import { acknowledge, handleScan } from '../pack/scan-controller';
import { feedback } from '../pack/feedback';
import { flowActions } from '../pack/flow-store';
import { storedLanguage } from '../i18n';
import { useScanner } from '../scan/useScanner';
import { acknowledgeReturn, handleReturnScan } from '../returns/returns-controller';
import { appActions, appSnapshot, useInfo, useScreen, useSettings } from './app-store';
import { followPackFlow } from '../video/flow-driver';
import { subscribeToStation } from './events';
import { LockedScreen } from './LockedScreen';
import { TopBar } from './TopBar';

const appSnapshotScreen = (): string => appSnapshot().screen;

// The Pack screen is what a bench opens on; the others load when first shown (smaller first bundle).
const OrdersScreen = lazy(async () => ({ default: (await import('../orders/OrdersScreen')).OrdersScreen }));
const OutboxScreen = lazy(async () => ({ default: (await import('../outbox/OutboxScreen')).OutboxScreen }));
const SettingsScreen = lazy(async () => ({
  default: (await import('../settings/SettingsScreen')).SettingsScreen,
}));
const ReturnsScreen = lazy(async () => ({
  default: (await import('../returns/ReturnsScreen')).ReturnsScreen,
}));
const HandoverScreen = lazy(async () => ({
  default: (await import('../handover/HandoverScreen')).HandoverScreen,
}));
const SearchScreen = lazy(async () => ({ default: (await import('../search/SearchScreen')).SearchScreen }));
const ClipsScreen = lazy(async () => ({ default: (await import('../video/ClipsScreen')).ClipsScreen }));
const ReportScreen = lazy(async () => ({ default: (await import('../report/ReportScreen')).ReportScreen }));

/** Which station language the local choice was made under (a new station setting resets it). */
const CHOICE_FOR_KEY = 'packing-station.language-default';

export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const info = useInfo();
  const settings = useSettings();
  const screen = useScreen();

  // The snapshots load once events flow (and again after a reconnect): see subscribeToStation.
  useEffect(() => subscribeToStation(), []);
  // One clip per order, following the pack flow (the camera itself follows the video settings).
  useEffect(() => followPackFlow(), []);

  // The station's language is the default; a packer's own choice (top bar) is remembered on this screen
  // and wins until the station's setting changes.
  const stationLanguage = settings?.language;
  useEffect(() => {
    if (!stationLanguage) return;
    const stored = storedLanguage();
    const chosenAt = localStorage.getItem(CHOICE_FOR_KEY);
    if (stored && chosenAt === stationLanguage) return;
    localStorage.setItem(CHOICE_FOR_KEY, stationLanguage);
    if (stationLanguage !== i18n.language) void i18n.changeLanguage(stationLanguage);
  }, [stationLanguage, i18n]);

  useEffect(() => {
    const theme = settings?.theme ?? 'system';
    const dark =
      theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [settings?.theme]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const returns = appSnapshot().screen === 'returns';
      if (e.key === 'Escape') {
        if (returns) acknowledgeReturn();
        else acknowledge();
      }
      // F4: the returns bench on and off (or the RETURNS command card).
      if (e.key === 'F4') {
        e.preventDefault();
        appActions.show(returns ? 'pack' : 'returns');
      }
      // F2: the order-code box, for a barcode the scanner cannot read (no mouse needed).
      if (e.key === 'F2') {
        e.preventDefault();
        document.getElementById('manual-code')?.focus();
      }
      // F8: the shift report; F8 again (or Esc there) back to packing.
      if (e.key === 'F8') {
        e.preventDefault();
        appActions.show(appSnapshotScreen() === 'report' ? 'pack' : 'report');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const scanner = settings?.scanner;
  useScanner({
    // Only once settings are in: a detector rebuilt mid-scan (new timing options) would drop keys.
    enabled: (screen === 'pack' || screen === 'returns') && settings !== null && !info?.locked,
    maxGapMs: scanner?.maxGapMs,
    prefix: scanner?.prefix,
    terminators: scanner?.suffix === 'either' ? ['Enter', 'Tab'] : [scanner?.suffix ?? 'Enter'],
    onScan: (code) => void (appSnapshot().screen === 'returns' ? handleReturnScan(code) : handleScan(code)),
    onGarbled: () => {
      feedback.error();
      flowActions.notify({ key: 'pack.notice.garbled', tone: 'warning' });
    },
  });

  if (!info) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className="app" data-demo={info.demo ? 'true' : 'false'} data-ready={settings ? 'true' : 'false'}>
      {info.demo && (
        <div className="demo-banner" role="note" data-testid="demo-banner">
          {t('app.demoBanner')}
        </div>
      )}
      <TopBar />
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        {info.locked ? (
          <LockedScreen reason={info.locked} />
        ) : screen === 'settings' ? (
          <SettingsScreen />
        ) : screen === 'outbox' ? (
          <OutboxScreen />
        ) : screen === 'orders' ? (
          <OrdersScreen />
        ) : screen === 'report' ? (
          <ReportScreen />
        ) : screen === 'returns' ? (
          <ReturnsScreen />
        ) : screen === 'handover' ? (
          <HandoverScreen />
        ) : screen === 'search' ? (
          <SearchScreen />
        ) : screen === 'clips' ? (
          <ClipsScreen />
        ) : (
          <PackScreen />
        )}
      </Suspense>
    </div>
  );
}
