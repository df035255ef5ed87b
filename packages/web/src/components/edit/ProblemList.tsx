import { useTranslation } from 'react-i18next';
import type { RuleProblem } from './channelConditionCheck';
import { problemMessage, problemText } from './channelRulesText';

interface Props {
  problems: readonly RuleProblem[];
  /** Say where inside the rule (`when.of.1.pattern: …`); off right under the field concerned. */
  withPath?: boolean;
  id?: string;
  testId?: string;
}

/** The problems the form found as the user types, in the reader's language; nothing when there are none. */
export function ProblemList({ problems, withPath = false, id, testId }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="field-problem problem-list" role="alert" id={id} data-testid={testId}>
      {problems.map((problem, i) => (
        <li key={`${problem.path}-${problem.code}-${i}`}>{withPath ? problemText(problem, t) : problemMessage(problem, t)}</li>
      ))}
    </ul>
  );
}

/**
 * A Mantine input's `error` for the problems of one field: the list (announced) under the field,
 * and aria-invalid and aria-describedby on the field. Nothing while there are none.
 */
export function problemsAsError(problems: readonly RuleProblem[]) {
  return problems.length > 0 ? { error: <ProblemList problems={problems} />, errorProps: { component: 'div' } } : {};
}

/** The problems at `path` or inside it (`rules.0.when` holds `rules.0.when.values.1`). */
export function problemsAt(problems: readonly RuleProblem[], path: string): RuleProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}
