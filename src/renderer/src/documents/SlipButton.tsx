// Prints one order's packing slip on the document printer, on demand (shown unless slips are off).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import { station } from '../app/station';
import { errorMessage } from '../errors/error-words';

export function SlipButton({ orderCode }: { orderCode: string }): React.JSX.Element | null {
  const { t } = useTranslation();
  const settings = useSettings();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  if (!settings || settings.packingSlips === 'off') return null;
  async function print(): Promise<void> {
    const res = await station.documents.printSlip({ orderCode });
    setMessage(
      res.ok
        ? { text: t('slips.sent', { code: orderCode, job: res.value.jobId }), ok: true }
        : { text: errorMessage(res.error, t), ok: false },
    );
  }
  return (
    <div className="slip-button">
      <button type="button" onClick={() => void print()} data-testid="print-slip">
        {t('slips.print')}
      </button>
      {message && (
        <span
          className={message.ok ? 'notice notice-info' : 'form-error'}
          role="status"
          data-testid="slip-message"
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
