// The one line a packer reads from across the bench: at least 64 px, status colour at 7:1 contrast.
// It reads only the facts it shows (flow-store's useHeadlineFacts), so a step event that changes none of
// them does not re-render it.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import { useHeadlineFacts, type HeadlineFacts } from './flow-selectors';

function headline(f: HeadlineFacts, confirmMode: boolean): { key: string; tone: string } {
  if (f.orderCode === null) return { key: 'pack.headline.idle', tone: 'idle' };
  const o = f.outcome;
  if (o === 'printed' && confirmMode && !f.confirmed) return { key: 'pack.headline.confirm', tone: 'info' };
  if (o === 'printed') return { key: 'pack.headline.printed', tone: 'ok' };
  if (o === 'failed') return { key: 'pack.headline.failed', tone: 'error' };
  if (o === 'to_tray') return { key: 'pack.headline.tray', tone: 'warn' };
  if (o === 'parked') return { key: 'pack.headline.parked', tone: 'warn' };
  if (o) return { key: 'pack.headline.stopped', tone: 'error' };
  if (f.verifying) return { key: 'pack.headline.verify', tone: 'info' };
  return { key: 'pack.headline.working', tone: 'info' };
}

export const StatusHeadline = memo(function StatusHeadline(): React.JSX.Element {
  const { t } = useTranslation();
  const confirmMode = useSettings()?.confirmLabel ?? false;
  const facts = useHeadlineFacts();
  const { key, tone } = headline(facts, confirmMode);
  const status = facts.status;
  return (
    <header className={`headline tone-${tone}`} role="status" aria-live="assertive" data-testid="headline">
      <div className="headline-code">{facts.orderCode ?? ''}</div>
      <div className="headline-text">{t(key)}</div>
      {status && (
        <div className={`status-badge status-${status}`} data-testid="order-status">
          {t(`status.${status}`)}
        </div>
      )}
    </header>
  );
});
