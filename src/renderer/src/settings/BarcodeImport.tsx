// Product barcode → SKU table from a CSV (barcode,sku), for items whose barcode is not their SKU.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { barcodeMap, saveBarcodeMap } from '../pack/barcode-table';
import { parseBarcodeCsv } from '../verify/barcode-csv';

export function BarcodeImport(): React.JSX.Element {
  const { t } = useTranslation();
  const [count, setCount] = useState(barcodeMap().size);
  const [errors, setErrors] = useState<string[]>([]);

  async function load(file: File): Promise<void> {
    const result = parseBarcodeCsv(await file.text());
    saveBarcodeMap(result.map);
    setCount(result.map.size);
    setErrors(result.errors.map((e) => `${t('settings.csvLine', { line: e.line })}: ${e.message}`));
  }

  return (
    <section className="card" aria-labelledby="barcodes-title">
      <h2 id="barcodes-title">{t('settings.barcodes')}</h2>
      <p>{t('settings.barcodeCount', { count })}</p>
      <label>
        {t('settings.importCsv')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => e.target.files?.[0] && void load(e.target.files[0])}
        />
      </label>
      {errors.length > 0 && (
        <ul className="form-error" role="alert">
          {errors.slice(0, 20).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
