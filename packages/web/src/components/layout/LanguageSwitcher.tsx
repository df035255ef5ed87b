import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, NATIVE_NAMES } from '../../i18n/language';

/**
 * Switches the UI language at any time. Each choice is written in its own language, so a reader
 * finds theirs whatever the current one is; the choice is remembered (see i18n/index.ts).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Button.Group aria-label={t('language.label')} data-testid="language-switcher">
      {LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <Button
            key={language}
            lang={language}
            size="compact-sm"
            variant={current ? 'white' : 'outline'}
            color={current ? 'dark' : 'gray.4'}
            fw={current ? 700 : 400}
            className="on-dark"
            aria-pressed={current}
            data-testid={`language-${language}`}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {NATIVE_NAMES[language]}
          </Button>
        );
      })}
    </Button.Group>
  );
}
