/**
 * Checks a channel rule's condition as the user types, naming each problem by the path the server
 * would use (`rules.3.when.of.1.pattern`) and a code the UI translates. Pure.
 *
 * Why a hand-written walk when the contracts' ChannelRuleSchema exists: the schema's answer for a
 * nested union is a tree of every branch's failures ("not a test, and not a group because..."),
 * which cannot be shown as one clear sentence. This walk knows which branch the user meant (from
 * `op`) and says what is wrong with it; the schema still runs afterwards as the final word
 * (channelRulesForm.ts), so a drift between the two shows up as a problem, never as a bad save.
 */
import { ChannelFieldSchema, SourceCategorySchema, type ChannelTestDto } from '@marketops/contracts';

export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'notText'
  | 'noValues'
  | 'blankValue'
  | 'tooManyValues'
  | 'badRegex'
  | 'unknownField'
  | 'unknownOp'
  | 'unknownCategory'
  | 'unknownKeys'
  | 'notObject'
  | 'tooDeep'
  | 'emptyGroup'
  | 'tooManyInGroup'
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'badJson'
  | 'noRules'
  | 'tooManyRules'
  | 'shape';

/** One problem of a draft rule set: where (the API's path) and what (a code with its numbers). */
export interface RuleProblem {
  readonly path: string;
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const CHANNEL_FIELDS = ChannelFieldSchema.options;
export const SOURCE_CATEGORIES = SourceCategorySchema.options;
export const TEST_OPS = ['in', 'matches', 'contains', 'endsWith', 'sourceCategory'] as const satisfies readonly ChannelTestDto['op'][];

// Why these numbers: they mirror the limits in contracts/src/channel-rules.ts, which exports only
// the rule count; the schema check after this walk catches any drift.
export const LIMITS = { channel: 80, text: 200, values: 200, group: 50 } as const;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Appends the problems of `condition` (found at `path`) to `out`. `depth` 0 is a rule's `when`:
 * a group there may hold groups; a group inside one may hold only tests (the contract's limit).
 *
 * @example
 * const out: RuleProblem[] = [];
 * checkCondition({ op: 'matches', field: 'medium', pattern: '(' }, 'rules.0.when', 0, out);
 * // out: [{ path: 'rules.0.when.pattern', code: 'badRegex' }]
 */
export function checkCondition(condition: unknown, path: string, depth: number, out: RuleProblem[]): void {
  if (!isNode(condition)) {
    out.push({ path, code: 'notObject' });
    return;
  }
  const op = condition.op;
  if (op === 'any' || op === 'all') {
    if (depth >= 2) {
      out.push({ path, code: 'tooDeep' });
      return;
    }
    keys(condition, ['op', 'of'], path, out);
    const of = condition.of;
    if (!Array.isArray(of) || of.length === 0) out.push({ path: `${path}.of`, code: 'emptyGroup' });
    else {
      if (of.length > LIMITS.group) out.push({ path: `${path}.of`, code: 'tooManyInGroup', params: { max: LIMITS.group } });
      of.forEach((inner, i) => checkCondition(inner, `${path}.of.${i}`, depth + 1, out));
    }
    return;
  }
  switch (op) {
    case 'in':
      keys(condition, ['op', 'field', 'values'], path, out);
      field(condition, path, out);
      values(condition.values, `${path}.values`, out);
      return;
    case 'matches':
      keys(condition, ['op', 'field', 'pattern'], path, out);
      field(condition, path, out);
      if (text(condition.pattern, `${path}.pattern`, out) && !compiles(condition.pattern as string)) out.push({ path: `${path}.pattern`, code: 'badRegex' });
      return;
    case 'contains':
    case 'endsWith':
      keys(condition, ['op', 'field', 'value'], path, out);
      field(condition, path, out);
      text(condition.value, `${path}.value`, out);
      return;
    case 'sourceCategory':
      keys(condition, ['op', 'category'], path, out);
      if (!(SOURCE_CATEGORIES as readonly unknown[]).includes(condition.category)) {
        out.push({ path: `${path}.category`, code: 'unknownCategory', params: { allowed: SOURCE_CATEGORIES.join(', ') } });
      }
      return;
    default:
      out.push({ path: `${path}.op`, code: 'unknownOp', params: { allowed: [...TEST_OPS, 'any', 'all'].join(', ') } });
  }
}

/** Whether the browser (and so the server's engine) accepts the pattern, as rules use it. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

function keys(node: Node, allowed: readonly string[], path: string, out: RuleProblem[]): void {
  const unknown = Object.keys(node).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) out.push({ path, code: 'unknownKeys', params: { keys: unknown.join(', ') } });
}

function field(node: Node, path: string, out: RuleProblem[]): void {
  if (!(CHANNEL_FIELDS as readonly unknown[]).includes(node.field)) {
    out.push({ path: `${path}.field`, code: 'unknownField', params: { allowed: CHANNEL_FIELDS.join(', ') } });
  }
}

/** A non-empty text of at most LIMITS.text characters; true when it is one. */
function text(value: unknown, path: string, out: RuleProblem[]): boolean {
  if (typeof value !== 'string') out.push({ path, code: value === undefined ? 'required' : 'notText' });
  else if (value.trim() === '') out.push({ path, code: 'required' });
  else if (value.length > LIMITS.text) out.push({ path, code: 'tooLong', params: { max: LIMITS.text } });
  else return true;
  return false;
}

function values(list: unknown, path: string, out: RuleProblem[]): void {
  if (!Array.isArray(list) || list.length === 0) {
    out.push({ path, code: 'noValues' });
    return;
  }
  if (list.length > LIMITS.values) out.push({ path, code: 'tooManyValues', params: { max: LIMITS.values } });
  list.forEach((value, i) => {
    // Why blank is a problem although the schema allows "": a blank value can never match (an
    // empty field is read as "(not set)"), so it is almost always a stray comma.
    if (typeof value === 'string' && value.trim() === '') out.push({ path: `${path}.${i}`, code: 'blankValue', params: { number: i + 1 } });
    else text(value, `${path}.${i}`, out);
  });
}
