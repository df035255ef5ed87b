/**
 * Pure helpers of the channel-rules form (tested without a browser): a rule as the form edits it
 * (a draft), back to the API's shape, the values list typed as text, and the checks run as the
 * user types.
 */
import { ChannelConditionSchema, ChannelRuleSchema, MAX_CHANNEL_RULES } from '@marketops/contracts';
import type { ChannelConditionDto, ChannelRuleDto, ChannelTestDto } from '@marketops/contracts';
import { checkCondition, LIMITS, type ProblemCode, type RuleProblem } from './channelConditionCheck';

export type TestOp = ChannelTestDto['op'];
export type ChannelField = Extract<ChannelTestDto, { op: 'in' }>['field'];
export type SourceCategory = Extract<ChannelTestDto, { op: 'sourceCategory' }>['category'];

/** One test as its form row holds it; `text` is the values list, the pattern or the text, by `op`. */
export interface TestDraft {
  readonly op: TestOp;
  readonly field: ChannelField;
  readonly text: string;
  readonly category: SourceCategory;
}

/**
 * A rule being edited. `form` mode: the condition is one test (`join` single) or an any/all group
 * of tests, edited field by field. `json` mode: any condition the contract allows (groups of
 * groups, as some default rules have), edited as JSON text.
 */
export interface RuleDraft {
  /** Stable while the rule moves, so open editors and the server's issues follow their rule. */
  readonly key: string;
  readonly channel: string;
  readonly mode: 'form' | 'json';
  readonly join: 'single' | 'any' | 'all';
  readonly tests: readonly TestDraft[];
  readonly json: string;
}

let lastKey = 0;
const nextKey = () => `rule-${++lastKey}`;

export const blankTest = (): TestDraft => ({ op: 'in', field: 'medium', text: '', category: 'social' });

/** A new rule: "medium is one of …", to be filled in. */
export function newRuleDraft(): RuleDraft {
  return { key: nextKey(), channel: '', mode: 'form', join: 'single', tests: [blankTest()], json: '' };
}

/** The draft of a saved rule: in the form when it fits, else as JSON. */
export function ruleToDraft(rule: ChannelRuleDto): RuleDraft {
  const form = formOf(rule.when);
  const json = JSON.stringify(rule.when, null, 2);
  return form ? { key: nextKey(), channel: rule.channel, mode: 'form', ...form, json } : { key: nextKey(), channel: rule.channel, mode: 'json', join: 'single', tests: [blankTest()], json };
}

const isTest = <C extends { op: string }>(condition: C): condition is Extract<C, ChannelTestDto> => condition.op !== 'any' && condition.op !== 'all';

function formOf(condition: ChannelConditionDto): Pick<RuleDraft, 'join' | 'tests'> | null {
  if (isTest(condition)) return { join: 'single', tests: [testToDraft(condition)] };
  const tests: TestDraft[] = [];
  for (const inner of condition.of) {
    if (!isTest(inner)) return null;
    tests.push(testToDraft(inner));
  }
  return { join: condition.op, tests };
}

function testToDraft(test: ChannelTestDto): TestDraft {
  const base = blankTest();
  switch (test.op) {
    case 'in':
      return { ...base, op: 'in', field: test.field, text: valuesText(test.values) };
    case 'matches':
      return { ...base, op: 'matches', field: test.field, text: test.pattern };
    case 'contains':
    case 'endsWith':
      return { ...base, op: test.op, field: test.field, text: test.value };
    case 'sourceCategory':
      return { ...base, op: 'sourceCategory', field: 'source', category: test.category };
  }
}

/** Where test `j` of a form draft sits in the API's shape: `rules.i.when` or `rules.i.when.of.j`. */
export function testPath(draft: RuleDraft, index: number, j: number): string {
  return draft.join === 'single' ? `rules.${index}.when` : `rules.${index}.when.of.${j}`;
}

/** The condition a form draft describes, as typed (checked later); parse problems go to `out`. */
function formCondition(draft: RuleDraft, index: number, out: RuleProblem[]): unknown {
  const tests = draft.tests.map((test, j) => {
    const path = testPath(draft, index, j);
    switch (test.op) {
      case 'in': {
        const parsed = parseValues(test.text);
        if (parsed.problem) out.push({ path: `${path}.values`, code: parsed.problem });
        return { op: 'in', field: test.field, values: parsed.values };
      }
      case 'matches':
        return { op: 'matches', field: test.field, pattern: test.text };
      case 'contains':
      case 'endsWith':
        return { op: test.op, field: test.field, value: test.text };
      case 'sourceCategory':
        return { op: 'sourceCategory', category: test.category };
    }
  });
  return draft.join === 'single' ? tests[0] : { op: draft.join, of: tests };
}

/** The result of checking one draft: the rule to send, or why there is none. */
export interface RuleCheck {
  readonly rule: ChannelRuleDto | null;
  readonly problems: readonly RuleProblem[];
}

/**
 * Checks draft `index`: channel name, then the condition (values, patterns the browser refuses,
 * shape), then the contracts' ChannelRuleSchema as the final word.
 *
 * @example checkDraft({ ...newRuleDraft(), channel: 'Partner Sites', tests: [{ ...blankTest(), text: 'partner' }] }, 0).rule
 * // { channel: 'Partner Sites', when: { op: 'in', field: 'medium', values: ['partner'] } }
 */
export function checkDraft(draft: RuleDraft, index: number): RuleCheck {
  const problems: RuleProblem[] = [];
  const base = `rules.${index}`;
  const channel = draft.channel.trim();
  if (channel === '') problems.push({ path: `${base}.channel`, code: 'required' });
  else if (channel.length > LIMITS.channel) problems.push({ path: `${base}.channel`, code: 'tooLong', params: { max: LIMITS.channel } });

  let when: unknown;
  if (draft.mode === 'json') {
    try {
      when = JSON.parse(draft.json);
    } catch {
      problems.push({ path: `${base}.when`, code: 'badJson' });
      return { rule: null, problems };
    }
  } else when = formCondition(draft, index, problems);
  checkCondition(when, `${base}.when`, 0, problems);
  if (problems.length > 0) return { rule: null, problems };

  const parsed = ChannelRuleSchema.safeParse({ channel, when });
  if (parsed.success) return { rule: parsed.data, problems };
  return { rule: null, problems: parsed.error.issues.map((issue) => ({ path: [base, ...issue.path.map(String)].join('.'), code: 'shape' as const })) };
}

/** Every draft checked, plus the limits of the list; `rules` is what to send, null while any problem remains. */
export function checkDrafts(drafts: readonly RuleDraft[]): { results: RuleCheck[]; problems: RuleProblem[]; rules: ChannelRuleDto[] | null } {
  const results = drafts.map(checkDraft);
  const problems: RuleProblem[] = results.flatMap((r) => r.problems);
  if (drafts.length === 0) problems.unshift({ path: 'rules', code: 'noRules' });
  if (drafts.length > MAX_CHANNEL_RULES) problems.unshift({ path: 'rules', code: 'tooManyRules', params: { max: MAX_CHANNEL_RULES } });
  const rules = problems.length === 0 ? results.map((r) => r.rule as ChannelRuleDto) : null;
  return { results, problems, rules };
}

/** The draft switched to JSON, starting from what the form holds (even if not yet valid). */
export function toJsonMode(draft: RuleDraft, index: number): RuleDraft {
  if (draft.mode === 'json') return draft;
  return { ...draft, mode: 'json', json: JSON.stringify(formCondition(draft, index, []), null, 2) };
}

/** The draft switched back to the form; null when its JSON is invalid or nests too deeply for it. */
export function toFormMode(draft: RuleDraft): RuleDraft | null {
  if (draft.mode === 'form') return draft;
  let value: unknown;
  try {
    value = JSON.parse(draft.json);
  } catch {
    return null;
  }
  const parsed = ChannelConditionSchema.safeParse(value);
  const form = parsed.success ? formOf(parsed.data) : null;
  return form ? { ...draft, mode: 'form', ...form } : null;
}

/** The list with item `index` moved by `delta` places (kept inside the list). */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Splits a values list on commas outside double quotes, trimming unquoted values. A quoted value
 * keeps commas and spaces; `""` inside quotes is one quote. Blank items are kept (the check names
 * them); the problem is set for an unclosed quote or text after a closing one.
 *
 * @example parseValues('cpc, "a, b"').values // ['cpc', 'a, b']
 */
export function parseValues(text: string): { values: string[]; problem: Extract<ProblemCode, 'unclosedQuote' | 'textAfterQuote'> | null } {
  if (text.trim() === '') return { values: [], problem: null };
  const values: string[] = [];
  let problem: 'unclosedQuote' | 'textAfterQuote' | null = null;
  let i = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      let value = '';
      let closed = false;
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') value += text[i];
        else if (text[i + 1] === '"') value += text[i++];
        else {
          closed = true;
          i++;
          break;
        }
      }
      if (!closed) problem ??= 'unclosedQuote';
      values.push(value);
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (i < text.length && text[i] !== ',') {
        problem ??= 'textAfterQuote';
        const comma = text.indexOf(',', i);
        i = comma === -1 ? text.length : comma;
      }
    } else {
      const comma = text.indexOf(',', i);
      const end = comma === -1 ? text.length : comma;
      values.push(text.slice(i, end).trim());
      i = end;
    }
    if (i >= text.length) return { values, problem };
    i++; // the comma
  }
}

/** The values as the form shows them; `parseValues(valuesText(v)).values` gives `v` back. */
export function valuesText(values: readonly string[]): string {
  return values.map((v) => (v === '' || /[",]/.test(v) || v.trim() !== v ? `"${v.replaceAll('"', '""')}"` : v)).join(', ');
}

/** Whether two rule sets are the same, whatever the key order of their objects. */
export function sameRules(a: readonly ChannelRuleDto[], b: readonly ChannelRuleDto[]): boolean {
  return canonical(a) === canonical(b);
}

/** A rule set as text independent of key order: compares drafts and remembers what a test ran on. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

/**
 * Sorts problems (the form's or the server's) by the rule they name: `rules.3.…` goes to the
 * draft at index 3 (by its key), anything else to `general`, so none is ever dropped.
 */
export function placeByRule<P extends { readonly path: string }>(problems: readonly P[], drafts: readonly RuleDraft[]): { byKey: Map<string, P[]>; general: P[] } {
  const byKey = new Map<string, P[]>();
  const general: P[] = [];
  for (const problem of problems) {
    const key = drafts[ruleIndexOf(problem.path) ?? -1]?.key;
    if (key === undefined) general.push(problem);
    else byKey.set(key, [...(byKey.get(key) ?? []), problem]);
  }
  return { byKey, general };
}

/** The rule index a path names (`rules.3.when` → 3), or null. */
export function ruleIndexOf(path: string): number | null {
  const match = /^rules\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/** A path within its rule, as shown next to it: `rules.3.when.of.1.pattern` → `when.of.1.pattern`. */
export function pathInRule(path: string): string {
  return path.replace(/^rules\.\d+\.?/, '');
}
