import { DomainError, type Issue } from '../errors';
import { compileChannelPattern, type ChannelRule } from './channel-rules';

/** Limits of a workspace's rule set: each bounds the work classification does per message. */
export const CHANNEL_RULE_LIMITS = {
  rules: 100,
  channelName: 80,
  /** A rule's condition: a test, a group of tests, or a group of groups of tests. */
  depth: 3,
  groupSize: 50,
  values: 200,
  text: 200,
  pattern: 200,
  /** Tests (leaves) in the whole set, and regular expressions among them: the work per message. */
  tests: 500,
  patterns: 50,
} as const;

const FIELDS = new Set(['source', 'medium', 'campaign']);
const CATEGORIES = new Set(['search', 'social', 'video', 'shopping']);

/** One problem of a rule set, at a path such as `rules.3.when.of.1.pattern`. */
export interface ChannelRuleProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Every problem of a rule set (empty when it is usable): a missing or long channel name, an
 * unknown operation, field or category, an empty list, nesting deeper than three levels, and a
 * regular expression RE2 refuses (bad syntax, lookaround, backreferences). Stored rules run on
 * every message, so a set is checked whole before it is saved; `classifyChannel` never throws.
 * (No check for slow expressions is needed: RE2 matches in time linear in the text.)
 *
 * @example channelRuleProblems([{ channel: 'X', when: { op: 'matches', field: 'medium', pattern: '(?<=a)b' } }])
 * // [{ path: 'rules.0.when.pattern', message: '"(?<=a)b" is not a valid regular expression in RE2 syntax ...' }]
 */
export function channelRuleProblems(rules: readonly ChannelRule[]): ChannelRuleProblem[] {
  const problems: ChannelRuleProblem[] = [];
  if (!Array.isArray(rules)) return [{ path: 'rules', message: 'the rules must be a list' }];
  if (rules.length === 0) problems.push({ path: 'rules', message: 'a rule set needs at least one rule' });
  if (rules.length > CHANNEL_RULE_LIMITS.rules) problems.push({ path: 'rules', message: `at most ${CHANNEL_RULE_LIMITS.rules} rules, not ${rules.length}` });
  const totals = countTests(rules);
  if (totals.tests > CHANNEL_RULE_LIMITS.tests) problems.push({ path: 'rules', message: `at most ${CHANNEL_RULE_LIMITS.tests} tests in all the rules together, not ${totals.tests}: each runs on every message` });
  if (totals.patterns > CHANNEL_RULE_LIMITS.patterns) problems.push({ path: 'rules', message: `at most ${CHANNEL_RULE_LIMITS.patterns} regular expressions in all the rules together, not ${totals.patterns}` });
  rules.slice(0, CHANNEL_RULE_LIMITS.rules).forEach((rule, i) => {
    const where = `rules.${i}`;
    const channel: unknown = (rule as { channel?: unknown } | null)?.channel;
    if (typeof channel !== 'string' || channel.trim() === '') problems.push({ path: `${where}.channel`, message: 'the channel name must not be empty' });
    else if (channel.length > CHANNEL_RULE_LIMITS.channelName) problems.push({ path: `${where}.channel`, message: `the channel name has at most ${CHANNEL_RULE_LIMITS.channelName} characters` });
    checkCondition((rule as { when?: unknown } | null)?.when, `${where}.when`, 1, problems);
  });
  return problems;
}

/** How many tests, and how many of them regular expressions, a rule set holds (malformed parts count as nothing). */
function countTests(rules: readonly ChannelRule[]): { tests: number; patterns: number } {
  const totals = { tests: 0, patterns: 0 };
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > CHANNEL_RULE_LIMITS.depth) return;
    const c = value as { op?: unknown; of?: unknown };
    if ((c.op === 'any' || c.op === 'all') && Array.isArray(c.of)) {
      for (const inner of c.of) visit(inner, depth + 1);
      return;
    }
    totals.tests += 1;
    if (c.op === 'matches') totals.patterns += 1;
  };
  for (const rule of rules) visit((rule as { when?: unknown } | null)?.when, 1);
  return totals;
}

function checkCondition(value: unknown, where: string, depth: number, problems: ChannelRuleProblem[]): void {
  if (typeof value !== 'object' || value === null) {
    problems.push({ path: where, message: 'a condition must be an object with an "op"' });
    return;
  }
  const c = value as { op?: unknown; field?: unknown; of?: unknown; pattern?: unknown; values?: unknown; value?: unknown; category?: unknown };
  switch (c.op) {
    case 'any':
    case 'all':
      if (depth >= CHANNEL_RULE_LIMITS.depth) problems.push({ path: `${where}.op`, message: `conditions nest at most ${CHANNEL_RULE_LIMITS.depth} levels deep` });
      else if (!Array.isArray(c.of) || c.of.length === 0) problems.push({ path: `${where}.of`, message: `"${c.op}" needs a non-empty list "of" conditions` });
      else if (c.of.length > CHANNEL_RULE_LIMITS.groupSize) problems.push({ path: `${where}.of`, message: `at most ${CHANNEL_RULE_LIMITS.groupSize} conditions in a group` });
      else c.of.forEach((inner, j) => checkCondition(inner, `${where}.of.${j}`, depth + 1, problems));
      return;
    case 'sourceCategory':
      if (typeof c.category !== 'string' || !CATEGORIES.has(c.category)) problems.push({ path: `${where}.category`, message: `unknown source category ${JSON.stringify(c.category)} (search, social, video or shopping)` });
      return;
    case 'in':
    case 'matches':
    case 'contains':
    case 'endsWith':
      if (typeof c.field !== 'string' || !FIELDS.has(c.field)) problems.push({ path: `${where}.field`, message: `unknown field ${JSON.stringify(c.field)} (source, medium or campaign)` });
      if (c.op === 'in') checkValues(c.values, `${where}.values`, problems);
      else if (c.op === 'matches') checkPattern(c.pattern, `${where}.pattern`, problems);
      else checkText(c.value, `${where}.value`, problems);
      return;
    default:
      problems.push({ path: `${where}.op`, message: `unknown operation ${JSON.stringify(c.op)} (in, matches, contains, endsWith, sourceCategory, any, all)` });
  }
}

function checkValues(values: unknown, where: string, problems: ChannelRuleProblem[]): void {
  if (!Array.isArray(values) || values.length === 0) problems.push({ path: where, message: 'give at least one value' });
  else if (values.length > CHANNEL_RULE_LIMITS.values) problems.push({ path: where, message: `at most ${CHANNEL_RULE_LIMITS.values} values` });
  else values.forEach((v, k) => checkText(v, `${where}.${k}`, problems));
}

function checkText(value: unknown, where: string, problems: ChannelRuleProblem[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push({ path: where, message: 'must be non-empty text' });
  else if (value.length > CHANNEL_RULE_LIMITS.text) problems.push({ path: where, message: `at most ${CHANNEL_RULE_LIMITS.text} characters` });
}

function checkPattern(pattern: unknown, where: string, problems: ChannelRuleProblem[]): void {
  if (typeof pattern !== 'string' || pattern === '') problems.push({ path: where, message: 'give a regular expression' });
  else if (pattern.length > CHANNEL_RULE_LIMITS.pattern) problems.push({ path: where, message: `a regular expression has at most ${CHANNEL_RULE_LIMITS.pattern} characters` });
  else if (compileChannelPattern(pattern) === null) {
    problems.push({ path: where, message: `${JSON.stringify(pattern)} is not a valid regular expression in RE2 syntax (GA4's dialect: no lookaround, no backreferences)` });
  }
}

/**
 * The rule set, or `DomainError` `VALIDATION_FAILED` naming every problem by path.
 *
 * @example validChannelRules(DEFAULT_CHANNEL_RULES) // the same rules
 */
export function validChannelRules(rules: readonly ChannelRule[]): readonly ChannelRule[] {
  const problems = channelRuleProblems(rules);
  if (problems.length > 0) {
    const issues: Issue[] = problems.map((p) => ({ path: p.path, code: 'VALIDATION_FAILED', message: p.message }));
    throw new DomainError('VALIDATION_FAILED', `the channel rules are invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, issues);
  }
  return rules;
}

