// The pickup option for the order in hand (the station default otherwise). Also cycled by a command barcode.
import { useTranslation } from 'react-i18next';
import { PICKUP_OPTIONS, type PickupOption } from '../../../shared/orders/options';
import { useSettings } from '../app/app-store';
import { station } from '../app/station';
import { useCurrentCode } from './flow-selectors';
import { flowActions } from './flow-store';

export function PickupSelector(): React.JSX.Element {
  const { t } = useTranslation();
  const settings = useSettings();
  const orderCode = useCurrentCode();
  const value = settings?.pickupOption ?? 'LATE_PICKUP';

  async function choose(option: PickupOption): Promise<void> {
    const res = orderCode
      ? await station.flow.setPickupOption({ orderCode, pickupOption: option })
      : await station.settings.setPickupOption({ pickupOption: option });
    if (!res.ok) flowActions.error(res.error, orderCode);
    else
      flowActions.notify({
        key: 'pack.notice.pickup',
        values: { option: t(`pickup.${option}`) },
        tone: 'info',
      });
  }

  return (
    <label className="pickup">
      {t('pack.pickupLabel')}
      <select
        value={value}
        onChange={(e) => void choose(e.target.value as PickupOption)}
        data-testid="pickup-select"
      >
        {PICKUP_OPTIONS.map((o) => (
          <option key={o} value={o}>
            {t(`pickup.${o}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
