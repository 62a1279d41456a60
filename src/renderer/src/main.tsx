import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadFirstSnapshot } from './app/events';
import { initI18n } from './i18n';
import './theme/theme.css';
import './app/app.css';

initI18n();
// The stores are filled from the page's first snapshot (browser host; a decrypt of a few ms) before the
// first render, so the screen is ready to scan at once; without one this is immediate.
const root = document.getElementById('root');
void loadFirstSnapshot().finally(() => {
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
});
