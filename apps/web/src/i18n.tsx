import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Text a user reads, as the api sends it: Vietnamese first, English second. */
export type LocalizedText = { readonly vi: string; readonly en: string };
export type Lang = 'vi' | 'en';

type I18n = {
  readonly lang: Lang;
  setLang: (lang: Lang) => void;
  /** Picks the text of the current language. */
  t: (vi: string, en: string) => string;
  /** The current language's side of a text the api sent. */
  tx: (text: LocalizedText | null | undefined) => string;
};

const STORAGE_KEY = 'htx.lang';
const I18nContext = createContext<I18n | null>(null);

const storedLang = (): Lang => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi');

/** Vietnamese unless the user switched to English (remembered in this browser). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (vi, en) => (lang === 'vi' ? vi : en),
      tx: (text) => (text ? text[lang] : ''),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
