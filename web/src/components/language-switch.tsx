import { LANGUAGES } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Each language's name in itself, so a reader of either can find theirs. */
const NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={language === option} onClick={() => setLanguage(option)}>
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
