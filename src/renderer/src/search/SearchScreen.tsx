// Find anything: one box for an order code, an AWB or a marketplace reference; the open orders on this
// station are searched first (works offline), then the Orders API.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../handover/handover.css';
import { searchActions, useSearchBusy, useSearchError, useSearchResult } from './search-store';
import { errorMessage } from '../errors/error-words';

export function SearchScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const busy = useSearchBusy();
  const result = useSearchResult();
  const error = useSearchError();
  return (
    <main className="search" aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void searchActions.find(query);
        }}
      >
        <label>
          {t('search.label')}
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="search-input"
            autoFocus
            maxLength={256}
          />
        </label>
        <button type="submit" disabled={busy} data-testid="search-go">
          {busy ? t('search.busy') : t('search.go')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
      {result && <SearchResults />}
    </main>
  );
}

function SearchResults(): React.JSX.Element | null {
  const { t } = useTranslation();
  const result = useSearchResult();
  if (!result) return null;
  return (
    <section aria-live="polite">
      {result.apiError && (
        <p className="notice notice-warning">{t('search.apiError', { message: result.apiError })}</p>
      )}
      {result.hits.length === 0 ? (
        <p data-testid="search-none">{t('search.none', { query: result.query })}</p>
      ) : (
        <table className="search-hits" data-testid="search-hits">
          <thead>
            <tr>
              <th scope="col">{t('search.columns.order')}</th>
              <th scope="col">{t('search.columns.status')}</th>
              <th scope="col">{t('search.columns.awb')}</th>
              <th scope="col">{t('search.columns.reference')}</th>
              <th scope="col">{t('search.columns.courier')}</th>
              <th scope="col">{t('search.columns.found')}</th>
            </tr>
          </thead>
          <tbody>
            {result.hits.map((h) => (
              <tr key={h.orderCode} data-testid="search-hit">
                <td>{h.orderCode}</td>
                <td>{h.statusLabel}</td>
                <td>{h.trackingNumber ?? '—'}</td>
                <td>{h.reference ?? '—'}</td>
                <td>{h.courier ?? '—'}</td>
                <td>
                  {t(`search.matched.${h.matched}`)} · {t(`search.source.${h.source}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.apiScanned > 0 && <p className="muted">{t('search.scanned', { count: result.apiScanned })}</p>}
    </section>
  );
}
