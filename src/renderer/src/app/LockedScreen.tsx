// A configured station whose key cannot be read stops here and asks for it again. Never demo, never a
// fake label onto real stock.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../shared/app';
import { appActions, supervisorToken } from './app-store';
import { station } from './station';
import { errorMessage } from '../errors/error-words';

export function LockedScreen({ reason }: { reason: LockReason }): React.JSX.Element {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const res = await station.settings.setApiKey({ key, supervisorToken: supervisorToken() });
    setKey('');
    if (!res.ok) return setMessage(errorMessage(res.error, t));
    const info = await station.app.info();
    if (info.ok) appActions.setInfo(info.value);
  }

  return (
    <main className="locked" data-testid="locked-screen">
      <h1>{t(`locked.${reason}.title`)}</h1>
      <p>{t(`locked.${reason}.body`)}</p>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('settings.apiKey')}
          <input type="password" value={key} autoComplete="off" onChange={(e) => setKey(e.target.value)} />
        </label>
        <button type="submit">{t('settings.saveKey')}</button>
      </form>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
    </main>
  );
}
