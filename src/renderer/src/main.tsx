import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadFirstSnapshot } from './app/events';
import { initI18n } from './i18n';
import './theme/theme.css';
import './app/app.css';

initI18n();
// Fill the stores from the page's first snapshot (browser host) while React starts; never blocks it.
void loadFirstSnapshot();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
