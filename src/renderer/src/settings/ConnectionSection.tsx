// API URL, tenant and key; "Test connection" says exactly what failed (DNS, refused, TLS, timeout, 401, 403).
// A station without a supervisor PIN asks for one here: connecting it to a real API sets it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTest } from '../../../shared/app';
import type { SettingsView } from '../../../shared/ipc';
import { station } from '../app/station';
import { saveConnection } from './connection-setup';
import { errorMessage, keyedText } from '../errors/error-words';

export function ConnectionSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const [apiUrl, setApiUrl] = useState(settings.apiUrl);
  const [tenantId, setTenantId] = useState(settings.tenantId);
  const [key, setKey] = useState('');
  const [newPin, setNewPin] = useState('');
  const [repeatPin, setRepeatPin] = useState('');
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locked = new Set(settings.provisioned);

  const askPin = !settings.supervisorPinSet;

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    if (askPin && newPin !== repeatPin) return setError(t('settings.pinMismatch'));
    const failed = await saveConnection({ apiUrl, tenantId, key, newPin: askPin ? newPin : '' }, settings);
    setKey('');
    setNewPin('');
    setRepeatPin('');
    if (failed) setError('error' in failed ? errorMessage(failed.error, t) : t('settings.pinNeeded'));
  }

  async function test(): Promise<void> {
    setResult(null);
    const res = await station.settings.testConnection();
    if (res.ok) setResult(res.value);
    else setError(errorMessage(res.error, t));
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
        {askPin && (
          <fieldset data-testid="setup-pin">
            <legend>{t('settings.setupPinTitle')}</legend>
            <p className="muted">{t('settings.setupPinHelp')}</p>
            <label>
              {t('supervisor.newPin')}
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={newPin}
                onChange={(e) => setNewPin(e.target.value)}
                data-testid="setup-pin-new"
              />
            </label>
            <label>
              {t('settings.repeatPin')}
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={repeatPin}
                onChange={(e) => setRepeatPin(e.target.value)}
                data-testid="setup-pin-repeat"
              />
            </label>
          </fieldset>
        )}
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
          {keyedText(result, t)}
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
