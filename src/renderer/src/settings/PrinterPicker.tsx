// Which printer: the OS's printers with their state, or the system default. The label printer and the
// document printer are picked the same way (Settings → Printer, Settings → Document printer).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import type { PrinterView } from '../../../shared/station/printing';
import { station } from '../app/station';

export interface PrinterListing {
  printers: PrinterView[];
  /** Listing failed (CUPS missing, say): the section says so. */
  failure: ErrorInfo | null;
}

/** The printers the OS lists, once per section shown. */
export function usePrinters(): PrinterListing {
  const [listing, setListing] = useState<PrinterListing>({ printers: [], failure: null });
  useEffect(() => {
    void station.printers
      .list()
      .then((res) =>
        setListing(res.ok ? { printers: res.value, failure: null } : { printers: [], failure: res.error }),
      );
  }, []);
  return listing;
}

export function PrinterPicker(props: {
  label: string;
  value: string;
  printers: PrinterView[];
  onChange: (name: string) => void;
  testId: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        <option value="">{t('settings.systemDefault')}</option>
        {props.printers.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} {p.isDefault ? `(${t('settings.default')})` : ''} — {t(`printerState.${p.state}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
