import { createContext, useContext } from 'react';
import type { Language } from '../excel/types';
import { UI_TEXT, type UiText } from './i18n';

const LanguageContext = createContext<Language>('en');

/** The pane's current language, set once at the root so every panel renders in it. */
export const LanguageProvider = LanguageContext.Provider;

/** The current language and its texts. */
export function useUiText(): { lang: Language; text: UiText } {
  const lang = useContext(LanguageContext);
  return { lang, text: UI_TEXT[lang] };
}
