// For a barcode the scanner cannot read: type the code and press Enter. Goes through the same path as a scan.
// Below it, what was last read, raw.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSubmittableCode, normaliseManualCode } from '../scan/manual-entry';
import { useLastRead } from './flow-store';
import { handleScan } from './scan-controller';

export function ManualEntry(): React.JSX.Element {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const lastRead = useLastRead();
  return (
    <form
      className="manual-entry"
      onSubmit={(e) => {
        e.preventDefault();
        const code = normaliseManualCode(text);
        if (!isSubmittableCode(code)) return;
        setText('');
        void handleScan(code);
      }}
    >
      <label htmlFor="manual-code">{t('pack.manualLabel')}</label>
      <input
        id="manual-code"
        data-testid="manual-code"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{t('pack.manualSubmit')}</button>
      {/* What the scanner really sent: a garbled or wrong barcode is plain to see here. */}
      <p className="last-read" data-testid="last-read" data-seq={lastRead?.seq ?? 0}>
        {lastRead ? t('pack.lastRead', { code: lastRead.code }) : t('pack.nothingRead')}
      </p>
    </form>
  );
}
