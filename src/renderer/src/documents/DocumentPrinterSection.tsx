// The document printer in Settings: which printer, its paper, packing slips (off / with every label /
// on demand), its own test page, and the command card sheet (printed there, also kept as a file).
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MEDIA, PACKING_SLIP_MODES, type SettingsView } from '../../../shared/ipc';
import { station } from '../app/station';
import { PrinterPicker, usePrinters } from '../settings/PrinterPicker';
import { ChoiceRow, SectionAnswerLine } from '../settings/rows';
import { useSectionAnswers } from '../settings/section-answer';

export function DocumentPrinterSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const { answer, patch, answered, wordsOf } = useSectionAnswers();
  const listing = usePrinters();
  const testPage = async (): Promise<void> =>
    answered(await station.documents.testPage(), (job) => t('printers.testPageSent', { job: job.jobId }));
  const commandSheet = async (): Promise<void> =>
    answered(await station.commands.printSheet(), (sheet) =>
      t('printers.sheetPrinted', { job: sheet.jobId ?? '—', path: sheet.path }),
    );

  return (
    <section className="card" aria-labelledby="document-printer-title">
      <h2 id="document-printer-title">{t('printers.documentTitle')}</h2>
      <p className="muted">{t('printers.documentHelp')}</p>
      <PrinterPicker
        label={t('printers.documentTitle')}
        value={settings.documentPrinter}
        printers={listing.printers}
        onChange={(documentPrinter) => void patch({ documentPrinter })}
        testId="document-printer-select"
      />
      <ChoiceRow
        label={t('printers.documentMedia')}
        value={settings.documentMedia}
        options={DOCUMENT_MEDIA}
        optionLabel={(m) => t(`printers.documentMediaOption.${m}`)}
        onChange={(documentMedia) => void patch({ documentMedia })}
        testId="document-media"
      />
      <ChoiceRow
        label={t('printers.slips')}
        value={settings.packingSlips}
        options={PACKING_SLIP_MODES}
        optionLabel={(m) => t(`printers.slipMode.${m}`)}
        onChange={(packingSlips) => void patch({ packingSlips })}
        testId="slip-mode"
      />
      <button type="button" onClick={() => void testPage()} data-testid="document-test-page">
        {t('printers.testPage')}
      </button>
      <button type="button" onClick={() => void commandSheet()} data-testid="command-sheet">
        {t('printers.commandSheet')}
      </button>
      <SectionAnswerLine answer={answer ?? (listing.failure && wordsOf(listing.failure))} />
    </section>
  );
}
