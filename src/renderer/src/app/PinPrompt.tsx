// Asks for the supervisor PIN once; a valid PIN gives a short-lived token the supervisor channels need.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appActions, useInfo, useSettings, useSupervisorActive } from './app-store';
import { station } from './station';
import { errorMessage } from '../errors/error-words';

export function PinPrompt({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  const active = useSupervisorActive();
  const pinSet = useSettings()?.supervisorPinSet ?? true;
  // As main decides: open without a PIN in demo and before a real API is connected (first-time setup).
  const info = useInfo();
  const open = info ? info.demo || info.locked !== null : false;
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (active) return <>{children}</>;
  // On a real API main refuses every supervisor action until a PIN is set: say where to set one.
  if (!pinSet && !open)
    return (
      <p className="form-error" role="alert" data-testid="supervisor-pin-needed">
        {t('supervisor.pinNeededFirst')}
      </p>
    );
  // In demo, before any PIN is set, main lets supervisor actions through; say so plainly.
  if (!pinSet)
    return (
      <>
        {children}
        <p className="muted">{t('supervisor.pinNotSet')}</p>
      </>
    );

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const res = await station.supervisor.verifyPin({ pin });
    setPin('');
    if (!res.ok) return setMessage(errorMessage(res.error, t));
    if (res.value.valid) {
      appActions.setSupervisor(res.value.token, res.value.expiresAt);
      setMessage(null);
    } else setMessage(t(`supervisor.${res.value.reason}`));
  }

  return (
    <form className="pin-prompt" onSubmit={(e) => void submit(e)}>
      <label>
        {t('supervisor.pinLabel')}
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          data-testid="supervisor-pin"
        />
      </label>
      <button type="submit">{t('supervisor.unlock')}</button>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
