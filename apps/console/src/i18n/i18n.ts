import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../format/format';
import { en, id } from './messages';

const STORAGE_KEY = 'jaring.language';

export function savedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

export async function startI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: savedLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  });
}
