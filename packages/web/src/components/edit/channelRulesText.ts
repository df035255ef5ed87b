/**
 * Channel rules and their problems as text in the reader's language. Pure given `t`, so the
 * phrasing is tested with the real English strings (channelRulesText.test.ts).
 */
import type { TFunction } from 'i18next';
import type { ChannelConditionDto } from '@marketops/contracts';
import type { RuleProblem } from './channelConditionCheck';
import { pathInRule } from './channelRulesForm';

/** How many values of a long list a summary names before "and N more". */
const SHOWN_VALUES = 6;

/**
 * A condition as one line: "medium is one of cpc, ppc", "source is a social site and medium
 * matches ^paid". Nested groups are put in parentheses. Values and patterns are data: never translated.
 */
export function describeCondition(condition: ChannelConditionDto, t: TFunction, nested = false): string {
  switch (condition.op) {
    case 'any':
    case 'all': {
      const text = condition.of.map((inner) => describeCondition(inner, t, true)).join(t(`channelRules.summary.${condition.op}`));
      return nested && condition.of.length > 1 ? `(${text})` : text;
    }
    case 'in': {
      const field = t(`channelRules.field.${condition.field}`);
      if (condition.values.length === 1) return t('channelRules.summary.is', { field, value: condition.values[0] });
      const rest = condition.values.length - SHOWN_VALUES;
      const values = condition.values.slice(0, SHOWN_VALUES).join(', ') + (rest > 0 ? t('channelRules.summary.more', { count: rest }) : '');
      return t('channelRules.summary.isOneOf', { field, values });
    }
    case 'matches':
      return t('channelRules.summary.matches', { field: t(`channelRules.field.${condition.field}`), pattern: condition.pattern });
    case 'contains':
    case 'endsWith':
      return t(`channelRules.summary.${condition.op}`, { field: t(`channelRules.field.${condition.field}`), value: condition.value });
    case 'sourceCategory':
      return t(`channelRules.summary.category.${condition.category}`);
  }
}

/** A problem's sentence, without its path. */
export function problemMessage(problem: RuleProblem, t: TFunction): string {
  return t(`channelRules.problem.${problem.code}`, { max: '', allowed: '', keys: '', number: '', ...problem.params });
}

/** A problem with where it is inside its rule: "when.of.1.pattern: …"; just the sentence at the rule itself. */
export function problemText(problem: RuleProblem, t: TFunction): string {
  const where = problem.path === 'rules' ? '' : pathInRule(problem.path);
  const message = problemMessage(problem, t);
  return where === '' ? message : t('channelRules.problemAt', { path: where, message });
}
