// One courier's boxes at the dock: scan each box (scanner or keyboard, Enter adds it), see at once which
// scanned box is not on the list and which listed box is still missing, print, save CSV, close.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverGroup } from '../../../shared/handover/types';
import { handoverActions, useConfirmingClose, useHandoverCheck, useScannedBoxes } from './handover-store';

export function HandoverDock({ group }: { group: HandoverGroup }): React.JSX.Element {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const scanned = useScannedBoxes();
  const check = useHandoverCheck();
  const confirming = useConfirmingClose();
  const key = { courier: group.courier, pickupOption: group.pickupOption };
  return (
    <section className="handover-dock" aria-labelledby="dock-title">
      <h2 id="dock-title" data-testid="dock-title">
        {group.courier} · {group.pickupOption ?? t('handover.pickupUnknown')} ·{' '}
        {t('handover.boxes', { count: group.orders.length })}
      </h2>
      <p>{t('handover.scanHelp')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void handoverActions.scan(code);
          setCode('');
        }}
      >
        <label>
          {t('handover.scanLabel')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="dock-scan"
            autoFocus
            maxLength={256}
          />
        </label>
        <button type="submit">{t('handover.add')}</button>
      </form>
      <p data-testid="dock-count">
        {t('handover.scanned', { done: check?.matched.length ?? 0, total: group.orders.length })}
      </p>
      {check && check.unexpected.length > 0 && (
        <p className="form-error" role="alert" data-testid="dock-unexpected">
          {t('handover.unexpected', { codes: check.unexpected.join(', ') })}
        </p>
      )}
      {check && scanned.length > 0 && check.missing.length > 0 && (
        <p className="notice notice-warning" data-testid="dock-missing">
          {t('handover.missing', { codes: check.missing.join(', ') })}
        </p>
      )}
      {check && check.missing.length === 0 && <p className="notice notice-info">{t('handover.allThere')}</p>}
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">AWB</th>
            <th scope="col">{t('search.columns.order')}</th>
          </tr>
        </thead>
        <tbody>
          {group.orders.map((o) => (
            <tr key={o.orderCode} className={check?.matched.includes(o.orderCode) ? 'done' : undefined}>
              <td>{o.trackingNumber ?? '—'}</td>
              <td>{o.orderCode}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => void handoverActions.printManifest()} data-testid="dock-print">
          {t('handover.printManifest')}
        </button>
        <button type="button" onClick={() => void handoverActions.csv(key)}>
          {t('handover.csv')}
        </button>
        <button type="button" onClick={() => void handoverActions.close()} data-testid="dock-close">
          {t('handover.close')}
        </button>
        <button type="button" onClick={() => handoverActions.closeGroup()}>
          {t('handover.back')}
        </button>
      </div>
      {confirming && (
        <p className="notice notice-warning" role="alert" data-testid="dock-confirm">
          {t('handover.closeConfirm', { missing: check?.missing.length ?? 0 })}
        </p>
      )}
    </section>
  );
}
