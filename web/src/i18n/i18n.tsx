import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import type { Language } from './dictionaries.ts';
import { translate, type Bilingual, type Translate } from './translate.ts';

export interface I18n {
  language: Language;
  t: Translate;
  /** Picks the current language's side of a {@link Bilingual} label. */
  pick: (label: Bilingual) => string;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: { language: Language; onChange: (language: Language) => void; children: ComponentChildren }) {
  const { language, onChange } = props;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      pick: (label) => label[language],
      setLanguage: onChange,
    }),
    [language, onChange],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
