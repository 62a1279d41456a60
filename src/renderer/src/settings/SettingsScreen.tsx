// Settings, behind the supervisor PIN once one is set. A visit that began before any PIN existed (first
// setup) stays open while the PIN is set in it; main checks the supervisor token on every change anyway.
// Damaged settings lock it, with what to do.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../shared/ipc';
import { useSettings } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { PeopleSection } from '../people/PeopleSection';
import { DocumentPrinterSection } from '../documents/DocumentPrinterSection';
import { BarcodeImport } from './BarcodeImport';
import { ConnectionSection } from './ConnectionSection';
import { PackingSection } from './PackingSection';
import { PinSection } from './PinSection';
import { PrinterSection } from './PrinterSection';
import { CameraSection } from '../video/CameraSection';

export function SettingsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <main className="settings" aria-label={t('settings.title')}>
      <h1>{t('settings.title')}</h1>
      {settings ? <SettingsBody settings={settings} /> : <p className="loading">{t('app.loading')}</p>}
    </main>
  );
}

function SettingsBody({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [setupVisit] = useState(!settings.supervisorPinSet);
  const body = (
    <div className="settings-grid">
      <ConnectionSection settings={settings} />
      <PrinterSection settings={settings} />
      <DocumentPrinterSection settings={settings} />
      <PackingSection settings={settings} />
      <PeopleSection settings={settings} />
      <CameraSection />
      <BarcodeImport />
      <PinSection settings={settings} />
    </div>
  );
  if (settings.supervisorPinLocked) {
    return (
      <div className="form-error" role="alert" data-testid="settings-damaged">
        <p>{t('supervisor.settings_damaged')}</p>
        <p>{t('supervisor.settingsDamagedAction')}</p>
      </div>
    );
  }
  return settings.supervisorPinSet && !setupVisit ? <PinPrompt>{body}</PinPrompt> : body;
}
