import { LANGUAGES } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LANGUAGE_NAMES } from '../i18n/translate.ts';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={language === option} onClick={() => setLanguage(option)}>
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
