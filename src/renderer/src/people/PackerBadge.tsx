// Top bar: who is packing on this bench now, and the way to end that session (or the END command card).
import { useTranslation } from 'react-i18next';
import { usePeople, useSettings } from '../app/app-store';
import { endSession } from '../pack/packer-actions';

export function PackerBadge(): React.JSX.Element | null {
  const { t } = useTranslation();
  const people = usePeople();
  const required = useSettings()?.packerRequired ?? false;
  const current = people?.current ?? null;
  // Nothing to say on a bench that keeps no packer list and requires none.
  if (!current && !required && !people?.packers.some((p) => !p.retired)) return null;
  return (
    <span className={current ? 'packer packer-on' : 'packer packer-off'} data-testid="packer">
      {current ? t('people.packing', { name: current.name }) : t('people.nobody')}
      {current && (
        <button type="button" onClick={() => void endSession()} data-testid="packer-end">
          {t('people.end')}
        </button>
      )}
    </span>
  );
}
