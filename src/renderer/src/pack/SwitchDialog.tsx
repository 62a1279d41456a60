// Another order's code scanned mid-verification: park the order in hand only if the packer confirms.
import { useTranslation } from 'react-i18next';
import { flowActions } from './flow-store';
import { scanOrder } from './scan-controller';

export function SwitchDialog({ target, current }: { target: string; current: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="switch-title"
      data-testid="switch-dialog"
    >
      <div className="alert-box">
        <h2 id="switch-title">{t('pack.switchTitle')}</h2>
        <p>{t('pack.switchBody', { current, target })}</p>
        <div className="stop-actions">
          <button type="button" onClick={() => flowActions.proposeSwitch(null)}>
            {t('pack.switchStay', { current })}
          </button>
          <button
            type="button"
            className="btn-primary"
            autoFocus
            onClick={() => {
              flowActions.proposeSwitch(null);
              void scanOrder(target);
            }}
          >
            {t('pack.switchGo', { target })}
          </button>
        </div>
      </div>
    </div>
  );
}
