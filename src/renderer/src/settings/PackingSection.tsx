// How this bench packs: pickup option, item verification, confirm-label, scanner timing, zone, language, theme.
import { useTranslation } from 'react-i18next';
import { PICKUP_OPTIONS } from '../../../shared/orders/options';
import {
  LANGUAGES,
  SCANNER_SUFFIXES,
  THEMES,
  VERIFICATION_MODES,
  type SettingsPatch,
  type SettingsView,
} from '../../../shared/ipc';
import { CheckRow, ChoiceRow, NumberRow, SectionAnswerLine } from './rows';
import { useSectionAnswers } from './section-answer';

/** Each language in its own words: whoever needs to switch may not read the current one. */
const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { en: 'English', id: 'Bahasa Indonesia' };

export function PackingSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  // A refused change (PIN expired, a value out of range) is said here, never dropped.
  const { answer, patch } = useSectionAnswers();
  const save = (p: SettingsPatch): void => void patch(p);
  return (
    <section className="card" aria-labelledby="packing-title">
      <h2 id="packing-title">{t('settings.packing')}</h2>
      <ChoiceRow
        label={t('pack.pickupLabel')}
        value={settings.pickupOption}
        options={PICKUP_OPTIONS}
        optionLabel={(o) => t(`pickup.${o}`)}
        onChange={(pickupOption) => save({ pickupOption })}
      />
      <ChoiceRow
        label={t('settings.verification')}
        value={settings.verification}
        options={VERIFICATION_MODES}
        optionLabel={(m) => t(`settings.verificationMode.${m}`)}
        onChange={(verification) => save({ verification })}
        testId="verification-select"
      />
      <CheckRow
        label={t('settings.confirmLabel')}
        checked={settings.confirmLabel}
        onChange={(confirmLabel) => save({ confirmLabel })}
      />
      <fieldset>
        <legend>{t('settings.scanner')}</legend>
        <NumberRow
          label={t('settings.maxGap')}
          min={5}
          max={500}
          value={settings.scanner.maxGapMs}
          onCommit={(maxGapMs) => save({ scanner: { maxGapMs } })}
        />
        <ChoiceRow
          label={t('settings.suffix')}
          value={settings.scanner.suffix}
          options={SCANNER_SUFFIXES}
          optionLabel={(s) => s}
          onChange={(suffix) => save({ scanner: { suffix } })}
        />
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
      <ChoiceRow
        label={t('settings.language')}
        value={settings.language}
        options={LANGUAGES}
        optionLabel={(l) => LANGUAGE_NAMES[l]}
        onChange={(language) => save({ language })}
      />
      <ChoiceRow
        label={t('settings.theme')}
        value={settings.theme}
        options={THEMES}
        optionLabel={(m) => t(`settings.themes.${m}`)}
        onChange={(theme) => save({ theme })}
      />
      <CheckRow label={t('settings.kiosk')} checked={settings.kiosk} onChange={(kiosk) => save({ kiosk })} />
      <SectionAnswerLine answer={answer} />
    </section>
  );
}
