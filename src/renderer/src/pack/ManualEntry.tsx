// For a barcode the scanner cannot read: type the code and press Enter. Goes through the same path as a scan.
// Below it, what was last read, raw.
import { useTranslation } from 'react-i18next';
import { CodeForm } from '../scan/CodeForm';
import { useLastRead } from './flow-store';
import { handleScan } from './scan-controller';

export function ManualEntry(): React.JSX.Element {
  const { t } = useTranslation();
  const lastRead = useLastRead();
  return (
    <CodeForm
      id="manual-code"
      label={t('pack.manualLabel')}
      submitLabel={t('pack.manualSubmit')}
      onCode={(code) => void handleScan(code)}
    >
      {/* What the scanner really sent: a garbled or wrong barcode is plain to see here. */}
      <p className="last-read" data-testid="last-read" data-seq={lastRead?.seq ?? 0}>
        {lastRead ? t('pack.lastRead', { code: lastRead.code }) : t('pack.nothingRead')}
      </p>
    </CodeForm>
  );
}
