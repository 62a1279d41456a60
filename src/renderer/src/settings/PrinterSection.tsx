// The label printer: choose it, the label size (true size unless fit-to-page is chosen), a test label.
// The document printer has its own section (documents/DocumentPrinterSection).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LABEL_MEDIA, type SettingsView } from '../../../shared/ipc';
import type { PrinterView } from '../../../shared/station/printing';
import { station } from '../app/station';
import { saveSettings } from './patch';
import { errorMessage } from '../errors/error-words';

export function PrinterSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<PrinterView[]>([]);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  useEffect(() => {
    void station.printers.list().then((res) => {
      if (res.ok) setPrinters(res.value);
      else setMessage({ text: errorMessage(res.error, t), ok: false });
    });
  }, [t]);

  async function patch(p: Parameters<typeof saveSettings>[0]): Promise<void> {
    const failed = await saveSettings(p);
    setMessage(failed ? { text: errorMessage(failed, t), ok: false } : null);
  }

  async function testLabel(): Promise<void> {
    const res = await station.printers.testLabel();
    setMessage(
      res.ok
        ? { text: t('settings.testLabelSent', { job: res.value.jobId }), ok: true }
        : { text: errorMessage(res.error, t), ok: false },
    );
  }

  return (
    <section className="card" aria-labelledby="printer-title">
      <h2 id="printer-title">{t('settings.printer')}</h2>
      <label>
        {t('settings.printer')}
        <select
          value={settings.labelPrinter}
          onChange={(e) => void patch({ labelPrinter: e.target.value })}
          data-testid="printer-select"
        >
          <option value="">{t('settings.systemDefault')}</option>
          {printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name} {p.isDefault ? `(${t('settings.default')})` : ''} — {t(`printerState.${p.state}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.labelMedia')}
        <select
          value={settings.labelMedia}
          onChange={(e) => void patch({ labelMedia: e.target.value as SettingsView['labelMedia'] })}
        >
          {SETTINGS_LABEL_MEDIA.map((m) => (
            <option key={m} value={m}>
              {t(`media.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.fitToPage}
          onChange={(e) => void patch({ fitToPage: e.target.checked })}
        />
        {t('settings.fitToPage')}
      </label>
      <button type="button" onClick={() => void testLabel()}>
        {t('settings.testLabel')}
      </button>
      {message && (
        <p className={message.ok ? 'notice notice-info' : 'form-error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
