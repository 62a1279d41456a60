// Settings, behind the supervisor PIN once one is set.
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { BarcodeImport } from './BarcodeImport';
import { ConnectionSection } from './ConnectionSection';
import { PackingSection } from './PackingSection';
import { PinSection } from './PinSection';
import { PrinterSection } from './PrinterSection';

export function SettingsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const settings = useSettings();
  if (!settings) return <p className="loading">{t('app.loading')}</p>;
  const body = (
    <div className="settings-grid">
      <ConnectionSection settings={settings} />
      <PrinterSection settings={settings} />
      <PackingSection settings={settings} />
      <BarcodeImport />
      <PinSection settings={settings} />
    </div>
  );
  return (
    <main className="settings" aria-label={t('settings.title')}>
      <h1>{t('settings.title')}</h1>
      {settings.supervisorPinSet ? <PinPrompt>{body}</PinPrompt> : body}
    </main>
  );
}
