// The document printer in Settings: which printer, its paper, packing slips (off / with every label /
// on demand), its own test page, and the command card sheet (printed there, also kept as a file).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MEDIA, PACKING_SLIP_MODES, type SettingsView } from '../../../shared/ipc';
import type { PrinterView } from '../../../shared/station/printing';
import { station } from '../app/station';
import { saveSettings } from '../settings/patch';
import { errorMessage } from '../errors/error-words';

export function DocumentPrinterSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<PrinterView[]>([]);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  useEffect(() => {
    void station.printers.list().then((res) => {
      if (res.ok) setPrinters(res.value);
    });
  }, []);

  async function patch(p: Parameters<typeof saveSettings>[0]): Promise<void> {
    const failed = await saveSettings(p);
    setMessage(failed ? { text: errorMessage(failed, t), ok: false } : null);
  }

  async function testPage(): Promise<void> {
    const res = await station.documents.testPage();
    setMessage(
      res.ok
        ? { text: t('printers.testPageSent', { job: res.value.jobId }), ok: true }
        : { text: errorMessage(res.error, t), ok: false },
    );
  }

  async function commandSheet(): Promise<void> {
    const res = await station.commands.printSheet();
    setMessage(
      res.ok
        ? {
            text: t('printers.sheetPrinted', { job: res.value.jobId ?? '—', path: res.value.path }),
            ok: true,
          }
        : { text: errorMessage(res.error, t), ok: false },
    );
  }

  return (
    <section className="card" aria-labelledby="document-printer-title">
      <h2 id="document-printer-title">{t('printers.documentTitle')}</h2>
      <p className="muted">{t('printers.documentHelp')}</p>
      <label>
        {t('printers.documentTitle')}
        <select
          value={settings.documentPrinter}
          onChange={(e) => void patch({ documentPrinter: e.target.value })}
          data-testid="document-printer-select"
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
        {t('printers.documentMedia')}
        <select
          value={settings.documentMedia}
          onChange={(e) => void patch({ documentMedia: e.target.value as SettingsView['documentMedia'] })}
          data-testid="document-media"
        >
          {DOCUMENT_MEDIA.map((m) => (
            <option key={m} value={m}>
              {t(`printers.documentMediaOption.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('printers.slips')}
        <select
          value={settings.packingSlips}
          onChange={(e) => void patch({ packingSlips: e.target.value as SettingsView['packingSlips'] })}
          data-testid="slip-mode"
        >
          {PACKING_SLIP_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`printers.slipMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void testPage()} data-testid="document-test-page">
        {t('printers.testPage')}
      </button>
      <button type="button" onClick={() => void commandSheet()} data-testid="command-sheet">
        {t('printers.commandSheet')}
      </button>
      {message && (
        <p className={message.ok ? 'notice notice-info' : 'form-error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
