// i18next for the renderer: English and Bahasa Indonesia bundled (no loading, so the first frame is
// already translated), the packer's choice remembered across restarts, <html lang> kept in step.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { initialLanguage, isLanguage, LANGUAGES, storeLanguage, type Language } from './languages';

export const resources = {
  en: { translation: en },
  id: { translation: id },
} as const;

function setDocumentLanguage(language: string): void {
  const doc = Reflect.get(globalThis, 'document') as { documentElement?: { lang: string } } | undefined;
  if (doc?.documentElement) doc.documentElement.lang = language;
}

/**
 * Initialises the shared i18next instance that react-i18next's hooks use. Safe to call twice. Pass
 * `language` to override the remembered one (tests, or the station's stored setting).
 */
export function initI18n(options: { language?: Language; instance?: i18n } = {}): i18n {
  const instance = options.instance ?? i18next;
  if (instance.isInitialized) {
    if (options.language && instance.language !== options.language)
      void instance.changeLanguage(options.language);
    return instance;
  }
  const lng = options.language ?? initialLanguage();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // Resources are bundled: initialise synchronously so nothing renders untranslated.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  setDocumentLanguage(lng);
  // Every change, from the settings screen or the top bar, is remembered and announced to screen readers.
  instance.on('languageChanged', (language: string) => {
    if (isLanguage(language)) storeLanguage(language);
    setDocumentLanguage(language);
  });
  return instance;
}

export function setLanguage(language: Language, instance: i18n = i18next): Promise<unknown> {
  return instance.changeLanguage(language);
}
