// Pack screen, while nobody is packing: scan your badge, or pick your name (Tab to it, Enter). No number
// keys: a scanner types digits, and a badge's digits must never pick someone else.
import { useTranslation } from 'react-i18next';
import { usePeople, useSettings } from '../app/app-store';
import { pickPacker } from '../pack/packer-actions';

export function PackerPicker(): React.JSX.Element | null {
  const { t } = useTranslation();
  const people = usePeople();
  const required = useSettings()?.packerRequired ?? false;
  if (people === null || people.current !== null) return null;
  const active = people.packers.filter((p) => !p.retired);
  // A bench that keeps no packer list and requires none packs as before.
  if (!active.length && !required) return null;
  return (
    <section className="packer-picker card" aria-labelledby="picker-title" data-testid="packer-picker">
      <h2 id="picker-title">{t('people.pickTitle')}</h2>
      {required && <p className="notice notice-warning">{t('people.pickRequired')}</p>}
      <ul>
        {active.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => void pickPacker(p.id)} data-testid={`pick-${p.badge}`}>
              {p.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
