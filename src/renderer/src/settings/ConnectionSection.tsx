// API URL, tenant and key; "Test connection" says exactly what failed (DNS, refused, TLS, timeout, 401, 403).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTest } from '../../../shared/app';
import type { SettingsView } from '../../../shared/ipc';
import { appActions, supervisorToken } from '../app/app-store';
import { station } from '../app/station';
import { saveSettings } from './patch';

export function ConnectionSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [apiUrl, setApiUrl] = useState(settings.apiUrl);
  const [tenantId, setTenantId] = useState(settings.tenantId);
  const [key, setKey] = useState('');
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locked = new Set(settings.provisioned);

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    const failed = await saveSettings({ apiUrl, tenantId });
    if (failed) return setError(failed.message);
    if (key) {
      const res = await station.settings.setApiKey({ key, supervisorToken: supervisorToken() });
      setKey('');
      if (!res.ok) return setError(res.error.message);
      appActions.setSettings(res.value);
    }
  }

  async function test(): Promise<void> {
    setResult(null);
    const res = await station.settings.testConnection();
    if (res.ok) setResult(res.value);
    else setError(res.error.message);
  }

  return (
    <section className="card" aria-labelledby="conn-title">
      <h2 id="conn-title">{t('settings.connection')}</h2>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('settings.apiUrl')}
          <input
            value={apiUrl}
            disabled={locked.has('apiUrl')}
            onChange={(e) => setApiUrl(e.target.value)}
            placeholder="https://api.example.com"
          />
        </label>
        <label>
          {t('settings.tenantId')}
          <input
            value={tenantId}
            disabled={locked.has('tenantId')}
            onChange={(e) => setTenantId(e.target.value)}
          />
        </label>
        <label>
          {t('settings.apiKey')} ({settings.apiKeySet ? t('settings.keySet') : t('settings.keyNotSet')})
          <input
            type="password"
            value={key}
            autoComplete="off"
            disabled={locked.has('apiKey')}
            onChange={(e) => setKey(e.target.value)}
          />
        </label>
        <p className="muted">{t(`settings.secretStorage.${settings.secretStorage}`)}</p>
        {locked.size > 0 && (
          <p className="muted">{t('settings.provisioned', { fields: settings.provisioned.join(', ') })}</p>
        )}
        <button type="submit">{t('settings.save')}</button>
        <button type="button" onClick={() => void test()} data-testid="test-connection">
          {t('settings.testConnection')}
        </button>
      </form>
      {result && (
        <p
          className={result.ok ? 'notice notice-info' : 'form-error'}
          role="status"
          data-testid="connection-result"
        >
          {result.message}
          {result.requestId ? ` (${t('alert.requestId')} ${result.requestId})` : ''}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
