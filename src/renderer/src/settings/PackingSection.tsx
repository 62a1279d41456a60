// How this bench packs: pickup option, item verification, confirm-label, scanner timing, zone, language, theme.
import { useTranslation } from 'react-i18next';
import { PICKUP_OPTIONS } from '../../../shared/orders/options';
import { SCANNER_SUFFIXES, THEMES, VERIFICATION_MODES, type SettingsView } from '../../../shared/ipc';
import { saveSettings } from './patch';

export function PackingSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const save = (p: Parameters<typeof saveSettings>[0]): void => void saveSettings(p);
  return (
    <section className="card" aria-labelledby="packing-title">
      <h2 id="packing-title">{t('settings.packing')}</h2>
      <label>
        {t('pack.pickupLabel')}
        <select
          value={settings.pickupOption}
          onChange={(e) => save({ pickupOption: e.target.value as SettingsView['pickupOption'] })}
        >
          {PICKUP_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {t(`pickup.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.verification')}
        <select
          value={settings.verification}
          onChange={(e) => save({ verification: e.target.value as SettingsView['verification'] })}
          data-testid="verification-select"
        >
          {VERIFICATION_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`settings.verificationMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.confirmLabel}
          onChange={(e) => save({ confirmLabel: e.target.checked })}
        />
        {t('settings.confirmLabel')}
      </label>
      <fieldset>
        <legend>{t('settings.scanner')}</legend>
        <label>
          {t('settings.maxGap')}
          <input
            type="number"
            min={5}
            max={500}
            defaultValue={settings.scanner.maxGapMs}
            onBlur={(e) => save({ scanner: { maxGapMs: Number(e.target.value) } })}
          />
        </label>
        <label>
          {t('settings.suffix')}
          <select
            value={settings.scanner.suffix}
            onChange={(e) =>
              save({ scanner: { suffix: e.target.value as SettingsView['scanner']['suffix'] } })
            }
          >
            {SCANNER_SUFFIXES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.prefix')}
          <input
            defaultValue={settings.scanner.prefix}
            maxLength={10}
            onBlur={(e) => save({ scanner: { prefix: e.target.value } })}
          />
        </label>
      </fieldset>
      <label>
        {t('settings.timeZone')}
        <input defaultValue={settings.timeZone} onBlur={(e) => save({ timeZone: e.target.value })} />
      </label>
      <label>
        {t('settings.language')}
        <select
          value={settings.language}
          onChange={(e) => save({ language: e.target.value as SettingsView['language'] })}
        >
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      <label>
        {t('settings.theme')}
        <select
          value={settings.theme}
          onChange={(e) => save({ theme: e.target.value as SettingsView['theme'] })}
        >
          {THEMES.map((m) => (
            <option key={m} value={m}>
              {t(`settings.themes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.kiosk} onChange={(e) => save({ kiosk: e.target.checked })} />
        {t('settings.kiosk')}
      </label>
    </section>
  );
}
