import dayjs from 'dayjs';
import 'dayjs/locale/id.js';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@shared/domain';
import { dictionaries } from '@shared/i18n';

const STORAGE_KEY = 'pelita.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The clerk's last choice; Bahasa Indonesia until they pick English. */
export function storedLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

/** Loads both dictionaries synchronously: they are bundled, so the first paint is already translated. */
export function initI18n(locale: Locale = storedLocale()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { id: { translation: dictionaries.id }, en: { translation: dictionaries.en } },
      lng: locale,
      fallbackLng: 'id',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else {
    void i18n.changeLanguage(locale);
  }
  dayjs.locale(locale);
  document.documentElement.lang = locale;
  return i18n;
}

export function setLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session only.
  }
  dayjs.locale(locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

/** The active UI language as a contract Locale (for receipts and date formats). */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.language) ? instance.language : 'id';
}

export { i18n };
