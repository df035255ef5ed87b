import { Button, Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleProblem } from './channelConditionCheck';
import { blankTest, testPath, toFormMode, toJsonMode, type RuleDraft } from './channelRulesForm';
import { ChannelTestFields } from './ChannelTestFields';
import { ProblemList, problemsAsError, problemsAt } from './ProblemList';

interface Props {
  draft: RuleDraft;
  index: number;
  /** This rule's problems, by their API paths (`rules.<index>.…`). */
  problems: readonly RuleProblem[];
  onChange: (draft: RuleDraft) => void;
}

/**
 * Edits one rule: its channel and its condition, in the form (one test, or any/all of tests) or
 * as JSON (any condition the contract allows). Each problem is shown next to what it is about.
 */
export function ChannelRuleEditor({ draft, index, problems, onChange }: Props) {
  const { t } = useTranslation();
  const channelPath = `rules.${index}.channel`;
  const channelProblems = problemsAt(problems, channelPath);
  const asForm = draft.mode === 'json' ? toFormMode(draft) : null;
  const testProblems = draft.mode === 'form' ? draft.tests.map((_test, j) => problemsAt(problems, testPath(draft, index, j))) : [];
  // Why: in the form, a problem of no single test (e.g. a group of too many tests) still shows;
  // in JSON every condition problem shows under the text, with its path.
  const otherProblems = problems.filter((p) => !channelProblems.includes(p) && !testProblems.some((list) => list.includes(p)));
  const setTest = (j: number, test: RuleDraft['tests'][number]) => onChange({ ...draft, tests: draft.tests.map((x, i) => (i === j ? test : x)) });

  return (
    <div className="channel-rule-editor" data-testid="channel-rule-editor">
      <TextInput
        className="channel-rule-name"
        label={t('channelRules.editor.channel')}
        data-testid="channel-rule-channel"
        value={draft.channel}
        maxLength={120}
        placeholder={t('channelRules.editor.channelPlaceholder')}
        onChange={(e) => onChange({ ...draft, channel: e.target.value })}
        {...problemsAsError(channelProblems)}
      />
      {draft.mode === 'form' ? (
        <>
          <NativeSelect
            className="channel-rule-join"
            label={t('channelRules.editor.join')}
            data-testid="channel-rule-join"
            value={draft.join}
            onChange={(e) => onChange({ ...draft, join: e.target.value as RuleDraft['join'] })}
          >
            <option value="single" disabled={draft.tests.length > 1}>
              {t('channelRules.editor.single')}
            </option>
            <option value="any">{t('channelRules.editor.any')}</option>
            <option value="all">{t('channelRules.editor.all')}</option>
          </NativeSelect>
          {draft.tests.map((test, j) => (
            <ChannelTestFields
              key={j}
              test={test}
              number={j + 1}
              problems={testProblems[j] ?? []}
              testId={`channel-rule-test-${j}`}
              onChange={(next) => setTest(j, next)}
              onRemove={draft.tests.length > 1 ? () => onChange({ ...draft, tests: draft.tests.filter((_x, i) => i !== j) }) : undefined}
            />
          ))}
          <ProblemList problems={otherProblems} withPath />
          <Group gap={6} className="row-actions">
            <Button
              variant="default"
              size="compact-sm"
              data-testid="channel-rule-add-test"
              onClick={() => onChange({ ...draft, join: draft.join === 'single' ? 'all' : draft.join, tests: [...draft.tests, blankTest()] })}
            >
              {t('channelRules.editor.addTest')}
            </Button>
            <Button variant="subtle" size="compact-sm" data-testid="channel-rule-as-json" onClick={() => onChange(toJsonMode(draft, index))}>
              {t('channelRules.editor.asJson')}
            </Button>
          </Group>
        </>
      ) : (
        <div className="channel-rule-json">
          <Textarea
            label={t('channelRules.editor.json')}
            data-testid="channel-rule-json"
            classNames={{ input: 'mono' }}
            rows={Math.min(16, Math.max(5, draft.json.split('\n').length))}
            spellCheck={false}
            value={draft.json}
            description={t('channelRules.editor.jsonHint')}
            error={otherProblems.length > 0 ? <ProblemList problems={otherProblems} withPath testId="channel-rule-json-problems" /> : undefined}
            errorProps={{ component: 'div' }}
            onChange={(e) => onChange({ ...draft, json: e.target.value })}
          />
          <Group gap={6} mt={6} className="row-actions">
            <Button variant="subtle" size="compact-sm" data-testid="channel-rule-as-form" disabled={asForm === null} onClick={() => asForm && onChange(asForm)}>
              {t('channelRules.editor.asForm')}
            </Button>
            {asForm === null && <span className="muted small">{t('channelRules.editor.formUnavailable')}</span>}
          </Group>
        </div>
      )}
    </div>
  );
}
