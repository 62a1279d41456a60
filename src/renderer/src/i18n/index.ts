// Public API of the renderer's translations.
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './languages';
import { setLanguage } from './setup';

export { initI18n, resources, setLanguage } from './setup';
export {
  LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_STORAGE_KEY,
  initialLanguage,
  isLanguage,
  storedLanguage,
  type Language,
} from './languages';
export { en, type Messages } from './en';
export { id } from './id';
export { isMessageKey, type MessageKey } from './keys';

/** The translate function of the current language; components re-render when the language changes. */
export function useT(): ReturnType<typeof useTranslation>['t'] {
  return useTranslation().t;
}

/** The current language and a way to change it (remembered across restarts). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<unknown> } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return { language: isLanguage(current) ? current : 'en', setLanguage: (l) => setLanguage(l, i18n) };
}
