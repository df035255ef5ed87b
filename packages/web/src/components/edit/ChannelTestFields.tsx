import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_FIELDS, SOURCE_CATEGORIES, TEST_OPS, type RuleProblem } from './channelConditionCheck';
import type { ChannelField, SourceCategory, TestDraft, TestOp } from './channelRulesForm';
import { ProblemList } from './ProblemList';

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
  const base = useId();
  const textLabel = test.op === 'in' ? t('channelRules.editor.values') : test.op === 'matches' ? t('channelRules.editor.pattern') : t('channelRules.editor.text');
  const hint = test.op === 'in' ? t('channelRules.editor.valuesHint') : test.op === 'matches' ? t('channelRules.editor.patternHint') : null;

  return (
    <fieldset className="channel-test" data-testid={testId}>
      <legend className="small muted">{t('channelRules.editor.test', { number })}</legend>
      <div className="field">
        <label htmlFor={`${base}-op`}>{t('channelRules.editor.op')}</label>
        <select id={`${base}-op`} data-testid={`${testId}-op`} value={test.op} onChange={(e) => onChange({ ...test, op: e.target.value as TestOp })}>
          {TEST_OPS.map((op) => (
            <option key={op} value={op}>
              {t(`channelRules.op.${op}`)}
            </option>
          ))}
        </select>
      </div>
      {test.op === 'sourceCategory' ? (
        <div className="field">
          <label htmlFor={`${base}-category`}>{t('channelRules.editor.category')}</label>
          <select id={`${base}-category`} data-testid={`${testId}-category`} value={test.category} onChange={(e) => onChange({ ...test, category: e.target.value as SourceCategory })}>
            {SOURCE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`channelRules.category.${category}`)}
              </option>
            ))}
          </select>
          <ProblemList problems={problems} />
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${base}-field`}>{t('channelRules.editor.field')}</label>
            <select id={`${base}-field`} data-testid={`${testId}-field`} value={test.field} onChange={(e) => onChange({ ...test, field: e.target.value as ChannelField })}>
              {CHANNEL_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {t(`channelRules.fieldLabel.${field}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field channel-test-text">
            <label htmlFor={`${base}-text`}>{textLabel}</label>
            <input
              id={`${base}-text`}
              data-testid={`${testId}-text`}
              className={test.op === 'matches' ? 'mono' : undefined}
              value={test.text}
              spellCheck={false}
              aria-invalid={problems.length > 0}
              aria-describedby={`${base}-hint`}
              onChange={(e) => onChange({ ...test, text: e.target.value })}
            />
            {problems.length > 0 ? <ProblemList problems={problems} id={`${base}-hint`} /> : hint && <small id={`${base}-hint`} className="muted">{hint}</small>}
          </div>
        </>
      )}
      {onRemove && (
        <button type="button" className="btn btn-small btn-ghost channel-test-remove" aria-label={t('channelRules.editor.removeTest', { number })} title={t('channelRules.editor.removeTest', { number })} onClick={onRemove} data-testid={`${testId}-remove`}>
          ×
        </button>
      )}
    </fieldset>
  );
}
