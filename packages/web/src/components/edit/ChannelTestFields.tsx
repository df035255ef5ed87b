import { ActionIcon, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNEL_FIELDS, SOURCE_CATEGORIES, TEST_OPS, type RuleProblem } from './channelConditionCheck';
import type { ChannelField, SourceCategory, TestDraft, TestOp } from './channelRulesForm';
import { problemsAsError } from './ProblemList';

interface Props {
  test: TestDraft;
  /** 1-based, as shown. */
  number: number;
  /** The problems inside this test. */
  problems: readonly RuleProblem[];
  onChange: (test: TestDraft) => void;
  /** Absent while it is the rule's only test. */
  onRemove?: () => void;
  testId: string;
}

/** One test of a rule: operation, field, and the values, pattern, text or site category it needs. */
export function ChannelTestFields({ test, number, problems, onChange, onRemove, testId }: Props) {
  const { t } = useTranslation();
  const textLabel = test.op === 'in' ? t('channelRules.editor.values') : test.op === 'matches' ? t('channelRules.editor.pattern') : t('channelRules.editor.text');
  const hint = test.op === 'in' ? t('channelRules.editor.valuesHint') : test.op === 'matches' ? t('channelRules.editor.patternHint') : null;

  return (
    <fieldset className="channel-test" data-testid={testId}>
      <legend className="small muted">{t('channelRules.editor.test', { number })}</legend>
      <NativeSelect label={t('channelRules.editor.op')} data-testid={`${testId}-op`} value={test.op} onChange={(e) => onChange({ ...test, op: e.target.value as TestOp })}>
        {TEST_OPS.map((op) => (
          <option key={op} value={op}>
            {t(`channelRules.op.${op}`)}
          </option>
        ))}
      </NativeSelect>
      {test.op === 'sourceCategory' ? (
        <NativeSelect
          label={t('channelRules.editor.category')}
          data-testid={`${testId}-category`}
          value={test.category}
          onChange={(e) => onChange({ ...test, category: e.target.value as SourceCategory })}
          {...problemsAsError(problems)}
        >
          {SOURCE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`channelRules.category.${category}`)}
            </option>
          ))}
        </NativeSelect>
      ) : (
        <>
          <NativeSelect label={t('channelRules.editor.field')} data-testid={`${testId}-field`} value={test.field} onChange={(e) => onChange({ ...test, field: e.target.value as ChannelField })}>
            {CHANNEL_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`channelRules.fieldLabel.${field}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            className="channel-test-text"
            classNames={test.op === 'matches' ? { input: 'mono' } : undefined}
            label={textLabel}
            data-testid={`${testId}-text`}
            value={test.text}
            spellCheck={false}
            onChange={(e) => onChange({ ...test, text: e.target.value })}
            description={problems.length > 0 ? undefined : hint}
            {...problemsAsError(problems)}
          />
        </>
      )}
      {onRemove && (
        <ActionIcon variant="subtle" color="gray" className="channel-test-remove" aria-label={t('channelRules.editor.removeTest', { number })} title={t('channelRules.editor.removeTest', { number })} onClick={onRemove} data-testid={`${testId}-remove`}>
          ×
        </ActionIcon>
      )}
    </fieldset>
  );
}
