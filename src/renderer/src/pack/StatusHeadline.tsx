// The one line a packer reads from across the bench: at least 64 px, status colour at 7:1 contrast.
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/app-store';
import type { CurrentOrder } from './flow-store';

function headline(current: CurrentOrder | null, confirmMode: boolean): { key: string; tone: string } {
  if (!current) return { key: 'pack.headline.idle', tone: 'idle' };
  const o = current.outcome;
  if (o?.kind === 'printed' && confirmMode && !current.confirmed)
    return { key: 'pack.headline.confirm', tone: 'info' };
  if (o?.kind === 'printed') return { key: 'pack.headline.printed', tone: 'ok' };
  if (o?.kind === 'failed') return { key: 'pack.headline.failed', tone: 'error' };
  if (o?.kind === 'to_tray') return { key: 'pack.headline.tray', tone: 'warn' };
  if (o?.kind === 'parked') return { key: 'pack.headline.parked', tone: 'warn' };
  if (o) return { key: 'pack.headline.stopped', tone: 'error' };
  if (current.verification) return { key: 'pack.headline.verify', tone: 'info' };
  return { key: 'pack.headline.working', tone: 'info' };
}

export function StatusHeadline({ current }: { current: CurrentOrder | null }): React.JSX.Element {
  const { t } = useTranslation();
  const confirmMode = useSettings()?.confirmLabel ?? false;
  const { key, tone } = headline(current, confirmMode);
  const status = current?.order?.status;
  return (
    <header className={`headline tone-${tone}`} role="status" aria-live="assertive" data-testid="headline">
      <div className="headline-code">{current?.orderCode ?? ''}</div>
      <div className="headline-text">{t(key)}</div>
      {status && (
        <div className={`status-badge status-${status}`} data-testid="order-status">
          {t(`status.${status}`)}
        </div>
      )}
    </header>
  );
}
