import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ChannelRuleDto } from '@marketops/contracts';
import {
  blankTest,
  checkDraft,
  checkDrafts,
  move,
  newRuleDraft,
  parseValues,
  placeByRule,
  ruleToDraft,
  sameRules,
  toFormMode,
  toJsonMode,
  valuesText,
  type RuleDraft,
  type TestDraft,
} from './channelRulesForm';

const paid = { op: 'matches', field: 'medium', pattern: '^(.*cp.*|ppc|retargeting|paid.*)$' } as const;
/** Rules shaped like the defaults: a test, a group of tests, and a group of groups (GA4's Paid Shopping). */
const RULES: ChannelRuleDto[] = [
  { channel: 'Direct', when: { op: 'all', of: [{ op: 'in', field: 'source', values: ['(direct)'] }, { op: 'in', field: 'medium', values: ['(not set)', '(none)'] }] } },
  { channel: 'Paid Shopping', when: { op: 'all', of: [{ op: 'any', of: [{ op: 'sourceCategory', category: 'shopping' }, { op: 'contains', field: 'campaign', value: 'shop' }] }, paid] } },
  { channel: 'Paid Social', when: { op: 'all', of: [{ op: 'sourceCategory', category: 'social' }, paid] } },
  { channel: 'Mobile Push', when: { op: 'endsWith', field: 'medium', value: 'push' } },
];

const formDraft = (channel: string, tests: Partial<TestDraft>[], join: RuleDraft['join'] = 'single'): RuleDraft => ({
  ...newRuleDraft(),
  channel,
  join,
  tests: tests.map((t) => ({ ...blankTest(), ...t })),
});
const jsonDraft = (json: string): RuleDraft => ({ ...newRuleDraft(), channel: 'X', mode: 'json', json });
const codes = (draft: RuleDraft, index = 0) => checkDraft(draft, index).problems.map((p) => `${p.path} ${p.code}`);

describe('parseValues', () => {
  it('splits on commas and trims unquoted values', () => expect(parseValues(' cpc,ppc ,  paid search ')).toEqual({ values: ['cpc', 'ppc', 'paid search'], problem: null }));
  it('keeps commas, spaces and doubled quotes inside double quotes', () =>
    expect(parseValues('"a, b" , " lead", "say ""hi""", x')).toEqual({ values: ['a, b', ' lead', 'say "hi"', 'x'], problem: null }));
  it('keeps blank items for the check to name, and reads nothing from blank text', () => {
    expect(parseValues('a,,b,').values).toEqual(['a', '', 'b', '']);
    expect(parseValues('   ').values).toEqual([]);
    expect(parseValues('""').values).toEqual(['']);
  });
  it('names an unclosed quote and text after a closing one', () => {
    expect(parseValues('a, "b, c').problem).toBe('unclosedQuote');
    expect(parseValues('"a"b, c')).toEqual({ values: ['a', 'c'], problem: 'textAfterQuote' });
  });
  it('takes a quote inside an unquoted value literally', () => expect(parseValues('5" screen, x').values).toEqual(['5" screen', 'x']));
  it('round-trips any list through the text the form shows', () => {
    const hostile = ['a,b', ' lead ', '"', '', 'México', '(not set)', 'say "hi", ok'];
    expect(parseValues(valuesText(hostile))).toEqual({ values: hostile, problem: null });
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), (values) => {
        expect(parseValues(valuesText(values)).values).toEqual(values);
      }),
    );
  });
});

describe('checkDraft', () => {
  it('builds the rule the API takes from a form draft', () => {
    expect(checkDraft(formDraft(' Partner Sites ', [{ text: 'partner, "a,b"' }]), 0)).toEqual({
      rule: { channel: 'Partner Sites', when: { op: 'in', field: 'medium', values: ['partner', 'a,b'] } },
      problems: [],
    });
    expect(checkDraft(formDraft('Social ads', [{ op: 'sourceCategory', category: 'social' }, { op: 'matches', text: '^paid' }], 'all'), 0).rule).toEqual({
      channel: 'Social ads',
      when: { op: 'all', of: [{ op: 'sourceCategory', category: 'social' }, { op: 'matches', field: 'medium', pattern: '^paid' }] },
    });
  });

  it('names an empty channel, blank values and an unclosed quote by their API paths', () => {
    expect(codes(formDraft('  ', [{ text: 'cpc' }]), 4)).toEqual(['rules.4.channel required']);
    expect(codes(formDraft('X', [{ text: '' }]))).toEqual(['rules.0.when.values noValues']);
    expect(codes(formDraft('X', [{ text: 'a,, b,' }]))).toEqual(['rules.0.when.values.1 blankValue', 'rules.0.when.values.3 blankValue']);
    expect(codes(formDraft('X', [{ text: 'a' }, { text: '"b' }], 'any'))).toEqual(['rules.0.when.of.1.values unclosedQuote']);
  });

  it('names a pattern the browser refuses, an empty one, and too long a text', () => {
    expect(codes(formDraft('X', [{ text: 'a' }, { op: 'matches', text: '(' }], 'any'), 2)).toEqual(['rules.2.when.of.1.pattern badRegex']);
    expect(codes(formDraft('X', [{ op: 'matches', text: '[a-' }]))).toEqual(['rules.0.when.pattern badRegex']);
    expect(codes(formDraft('X', [{ op: 'matches', text: '' }]))).toEqual(['rules.0.when.pattern required']);
    expect(codes(formDraft('X', [{ op: 'contains', text: 'x'.repeat(201) }]))).toEqual(['rules.0.when.value tooLong']);
    expect(codes(formDraft('x'.repeat(81), [{ text: 'a' }]))).toEqual(['rules.0.channel tooLong']);
  });

  it('checks JSON as typed: syntax, operations, keys, fields and depth', () => {
    expect(codes(jsonDraft('{"op": "in",'))).toEqual(['rules.0.when badJson']);
    expect(codes(jsonDraft('"medium"'))).toEqual(['rules.0.when notObject']);
    expect(codes(jsonDraft('{"op": "equals", "field": "medium"}'))).toEqual(['rules.0.when.op unknownOp']);
    expect(codes(jsonDraft('{"op": "in", "field": "page", "values": ["a"], "x": 1}'))).toEqual(['rules.0.when unknownKeys', 'rules.0.when.field unknownField']);
    expect(codes(jsonDraft('{"op": "all", "of": []}'))).toEqual(['rules.0.when.of emptyGroup']);
    expect(codes(jsonDraft('{"op": "any", "of": [{"op": "all", "of": [{"op": "any", "of": [{"op": "sourceCategory", "category": "search"}]}]}]}'))).toEqual(['rules.0.when.of.0.of.0 tooDeep']);
    expect(codes(jsonDraft('{"op": "sourceCategory", "category": "tv"}'))).toEqual(['rules.0.when.category unknownCategory']);
    expect(codes(jsonDraft('{"op": "in", "field": "medium", "values": [1, " "]}'))).toEqual(['rules.0.when.values.0 notText', 'rules.0.when.values.1 blankValue']);
  });

  it('accepts a group of groups in JSON, as the contract allows', () => {
    const rule = RULES[1] as ChannelRuleDto;
    expect(checkDraft({ ...jsonDraft(JSON.stringify(rule.when)), channel: rule.channel }, 0)).toEqual({ rule, problems: [] });
  });
});

describe('drafts of saved rules', () => {
  it('puts tests and groups of tests in the form, groups of groups in JSON, and gives every rule back unchanged', () => {
    const drafts = RULES.map(ruleToDraft);
    expect(drafts.map((d) => `${d.mode}:${d.join}:${d.tests.length}`)).toEqual(['form:all:2', 'json:single:1', 'form:all:2', 'form:single:1']);
    expect(drafts[0]?.tests[1]?.text).toBe('(not set), (none)');
    expect(new Set(drafts.map((d) => d.key)).size).toBe(drafts.length);
    const { rules, problems } = checkDrafts(drafts);
    expect(problems).toEqual([]);
    expect(rules).toEqual(RULES);
  });

  it('switches between form and JSON without changing the rule, and refuses the form for deep nesting', () => {
    const draft = ruleToDraft(RULES[0] as ChannelRuleDto);
    const asJson = toJsonMode(draft, 0);
    expect(asJson.mode).toBe('json');
    expect(checkDraft(asJson, 0).rule).toEqual(RULES[0]);
    const back = toFormMode(asJson);
    expect(back && checkDraft(back, 0).rule).toEqual(RULES[0]);
    expect(toFormMode(ruleToDraft(RULES[1] as ChannelRuleDto))).toBeNull();
    expect(toFormMode(jsonDraft('{'))).toBeNull();
  });
});

describe('checkDrafts', () => {
  const rule = () => formDraft('X', [{ text: 'a' }]);
  it('allows 100 rules and names the 101st, and an empty list', () => {
    expect(checkDrafts(Array.from({ length: 100 }, rule)).problems).toEqual([]);
    const tooMany = checkDrafts(Array.from({ length: 101 }, rule));
    expect(tooMany.rules).toBeNull();
    expect(tooMany.problems).toEqual([{ path: 'rules', code: 'tooManyRules', params: { max: 100 } }]);
    expect(checkDrafts([]).problems.map((p) => p.code)).toEqual(['noRules']);
  });
  it('sends nothing while one rule has a problem', () => {
    const result = checkDrafts([rule(), formDraft('', [{ text: 'a' }])]);
    expect(result.rules).toBeNull();
    expect(result.results[0]?.rule).not.toBeNull();
    expect(result.problems.map((p) => p.path)).toEqual(['rules.1.channel']);
  });
});

describe('list helpers', () => {
  it('moves an item and keeps it inside the list', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('places each issue with the rule its path names, and keeps the rest', () => {
    const drafts = RULES.map(ruleToDraft);
    const issues = [{ path: 'rules.3.when.of.1.pattern' }, { path: 'rules' }, { path: 'rules.9.channel' }, { path: 'rules.31' }, { path: 'rules.3' }];
    const placed = placeByRule(issues, drafts);
    expect(placed.byKey.get(drafts[3]?.key ?? '')).toEqual([issues[0], issues[4]]);
    expect(placed.general).toEqual([issues[1], issues[2], issues[3]]);
  });

  it('compares rule sets whatever the key order', () => {
    const reordered = JSON.parse('[{"when": {"values": ["push"], "field": "medium", "op": "in"}, "channel": "P"}]') as ChannelRuleDto[];
    expect(sameRules(reordered, [{ channel: 'P', when: { op: 'in', field: 'medium', values: ['push'] } }])).toBe(true);
    expect(sameRules(reordered, [{ channel: 'P', when: { op: 'in', field: 'medium', values: ['Push'] } }])).toBe(false);
  });
});
