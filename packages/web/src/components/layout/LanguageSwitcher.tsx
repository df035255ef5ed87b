import { useTranslation } from 'react-i18next';
import { LANGUAGES, NATIVE_NAMES } from '../../i18n/language';

/**
 * Switches the UI language at any time. Each choice is written in its own language, so a reader
 * finds theirs whatever the current one is; the choice is remembered (see i18n/index.ts).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switcher" role="group" aria-label={t('language.label')} data-testid="language-switcher">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="lang-option"
          aria-pressed={i18n.language === language}
          data-testid={`language-${language}`}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {NATIVE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
