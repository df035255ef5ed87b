import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldProblem } from './FieldProblem';
import { EVENT_NAMES_LIST } from './NameLists';
import type { FieldError, MatcherDraft } from './url/common';

interface Props {
  id: string;
  label: string;
  value: MatcherDraft;
  onChange: (next: MatcherDraft) => void;
  error: FieldError | undefined;
}

/**
 * Picks what an analysis counts: a tracked event by name (chosen from the known names or typed),
 * or a page or screen view, optionally by name.
 */
export function MatcherField({ id, label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  return (
    <fieldset className="explore-matcher" data-testid={id}>
      <legend>{label}</legend>
      <NativeSelect
        aria-label={t('explore.matcher.kind')}
        value={value.kind}
        onChange={(e) => onChange({ ...value, kind: e.target.value as MatcherDraft['kind'] })}
        data-testid={`${id}-kind`}
      >
        {(['event', 'page', 'screen'] as const).map((kind) => (
          <option key={kind} value={kind}>
            {t(`explore.matcher.kinds.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        className="explore-matcher-name"
        aria-label={t('explore.matcher.name')}
        list={value.kind === 'event' ? EVENT_NAMES_LIST : undefined}
        placeholder={value.kind === 'event' ? t('explore.matcher.eventPlaceholder') : t('explore.matcher.viewPlaceholder')}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
        data-testid={`${id}-name`}
        {...problem(error, `${id}-problem`)}
      />
    </fieldset>
  );
}
