// Approve or reject a buyer's cancellation request, behind the supervisor PIN. Needs the API online.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supervisorToken } from '../app/app-store';
import { PinPrompt } from '../app/PinPrompt';
import { station } from '../app/station';
import { flowActions } from './flow-store';

export function SupervisorCancelActions({ orderCode }: { orderCode: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function decide(approve: boolean): Promise<void> {
    setBusy(true);
    const arg = { orderCode, supervisorToken: supervisorToken() };
    const res = approve ? await station.cancel.approve(arg) : await station.cancel.reject(arg);
    setBusy(false);
    flowActions.acknowledge();
    if (!res.ok) return flowActions.error(res.error, orderCode);
    flowActions.notify({
      key: approve ? 'pack.notice.cancelApproved' : 'pack.notice.cancelRejected',
      values: { code: orderCode },
      tone: 'info',
    });
  }

  return (
    <PinPrompt>
      <button type="button" disabled={busy} onClick={() => void decide(true)} data-testid="approve-cancel">
        {t('stop.approveCancel')}
      </button>
      <button type="button" disabled={busy} onClick={() => void decide(false)} data-testid="reject-cancel">
        {t('stop.rejectCancel')}
      </button>
    </PinPrompt>
  );
}
