// Sets or changes the supervisor PIN that guards Settings and cancellation decisions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../shared/ipc';
import { supervisorToken } from '../app/app-store';
import { station } from '../app/station';
import { errorMessage } from '../errors/error-words';

export function PinSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const res = await station.supervisor.setPin({ pin, supervisorToken: supervisorToken() });
    setPin('');
    setMessage(
      res.ok ? { text: t('supervisor.pinSaved'), ok: true } : { text: errorMessage(res.error, t), ok: false },
    );
  }

  return (
    <section className="card" aria-labelledby="pin-title">
      <h2 id="pin-title">{t('supervisor.title')}</h2>
      <p className="muted">
        {settings.supervisorPinSet ? t('supervisor.pinIsSet') : t('supervisor.pinNotSet')}
      </p>
      {settings.supervisorPinTooShort && (
        <p className="notice notice-warn" role="status" data-testid="pin-too-short">
          {t('supervisor.pinTooShort')}
        </p>
      )}
      <p className="muted">{t('supervisor.pinRule')}</p>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('supervisor.newPin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
        </label>
        <button type="submit">{t('supervisor.setPin')}</button>
      </form>
      {message && (
        <p className={message.ok ? 'notice notice-info' : 'form-error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
