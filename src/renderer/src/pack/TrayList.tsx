// Labels waiting (the tray) as a list: each label with its order, print one (a scan of an order in the
// tray prints its label), print all, or drop one for good — a supervisor's decision, behind the PIN.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appActions, supervisorToken, useTray } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { printTray, scanOrder } from './scan-controller';
import { errorMessage } from '../errors/error-words';

export function TrayList(): React.JSX.Element | null {
  const { t } = useTranslation();
  const tray = useTray();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (tray.length === 0) return null;

  async function discard(orderCode: string): Promise<void> {
    const res = await station.tray.discard({ orderCode, supervisorToken: supervisorToken() });
    if (!res.ok) return setError(errorMessage(res.error, t));
    setError(null);
    setDiscarding(null);
    appActions.setTray(res.value);
  }

  return (
    <section className="tray-list" aria-label={t('trayList.title')} data-testid="tray-list">
      <h2>{t('trayList.title')}</h2>
      <button type="button" onClick={() => void printTray()} data-testid="tray-print-all">
        {t('trayList.printAll')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {tray.map((item) => (
          <li key={item.orderCode} data-tray-code={item.orderCode}>
            <span className="recent-code">{item.orderCode}</span>
            <span className="muted">{t(`trayList.state.${item.state ?? 'ready'}`)}</span>
            <button type="button" onClick={() => void scanOrder(item.orderCode)} data-testid="tray-print-one">
              {t('trayList.print')}
            </button>
            {discarding === item.orderCode ? (
              <PinPrompt>
                <button
                  type="button"
                  onClick={() => void discard(item.orderCode)}
                  data-testid="tray-discard-confirm"
                >
                  {t('trayList.discardConfirm')}
                </button>
              </PinPrompt>
            ) : (
              <button type="button" onClick={() => setDiscarding(item.orderCode)} data-testid="tray-discard">
                {t('trayList.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
