// The label printer: choose it, the label size (true size unless fit-to-page is chosen), a test label.
// The document printer has its own section (documents/DocumentPrinterSection).
import { useTranslation } from 'react-i18next';
import { SETTINGS_LABEL_MEDIA, type SettingsView } from '../../../shared/ipc';
import { station } from '../app/station';
import { PrinterPicker, usePrinters } from './PrinterPicker';
import { CheckRow, ChoiceRow, SectionAnswerLine } from './rows';
import { useSectionAnswers } from './section-answer';

export function PrinterSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const { answer, patch, answered, wordsOf } = useSectionAnswers();
  const listing = usePrinters();
  const testLabel = async (): Promise<void> =>
    answered(await station.printers.testLabel(), (job) => t('settings.testLabelSent', { job: job.jobId }));

  return (
    <section className="card" aria-labelledby="printer-title">
      <h2 id="printer-title">{t('settings.printer')}</h2>
      <PrinterPicker
        label={t('settings.printer')}
        value={settings.labelPrinter}
        printers={listing.printers}
        onChange={(labelPrinter) => void patch({ labelPrinter })}
        testId="printer-select"
      />
      <ChoiceRow
        label={t('settings.labelMedia')}
        value={settings.labelMedia}
        options={SETTINGS_LABEL_MEDIA}
        optionLabel={(m) => t(`media.${m}`)}
        onChange={(labelMedia) => void patch({ labelMedia })}
      />
      <CheckRow
        label={t('settings.fitToPage')}
        checked={settings.fitToPage}
        onChange={(fitToPage) => void patch({ fitToPage })}
      />
      <button type="button" onClick={() => void testLabel()}>
        {t('settings.testLabel')}
      </button>
      <SectionAnswerLine answer={answer ?? (listing.failure && wordsOf(listing.failure))} />
    </section>
  );
}
