import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { channelRuleProblems, CHANNEL_RULE_LIMITS, validChannelRules } from './channel-rules-check';
import { RE2JS } from 're2js';
import { classifyChannel, compileChannelPattern, DEFAULT_CHANNEL_RULES, MATCHED_TEXT_LIMIT, matchingRule, PAID_MEDIUM_PATTERN, SHOPPING_CAMPAIGN_PATTERN, VIDEO_MEDIUM_PATTERN, type ChannelRule } from './channel-rules';

const rule = (when: unknown, channel = 'X'): ChannelRule => ({ channel, when }) as unknown as ChannelRule;
const pathsOf = (rules: readonly ChannelRule[]) => channelRuleProblems(rules).map((p) => p.path);

describe('channelRuleProblems', () => {
  it('accepts the default rules (GA4 plus offline channels)', () => {
    expect(channelRuleProblems(DEFAULT_CHANNEL_RULES)).toEqual([]);
    expect(validChannelRules(DEFAULT_CHANNEL_RULES)).toBe(DEFAULT_CHANNEL_RULES);
  });

  it('refuses what RE2 cannot run (lookaround, backreferences), naming the path', () => {
    const problems = channelRuleProblems([rule({ op: 'any', of: [{ op: 'in', field: 'medium', values: ['a'] }, { op: 'matches', field: 'campaign', pattern: '(?<=a)b' }] })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('rules.0.when.of.1.pattern');
    expect(problems[0]?.message).toMatch(/RE2/);
    expect(pathsOf([rule({ op: 'matches', field: 'medium', pattern: '(a)\\1' })])).toEqual(['rules.0.when.pattern']);
  });

  it('refuses expressions that do not compile, are empty or too long', () => {
    expect(pathsOf([rule({ op: 'matches', field: 'medium', pattern: '(' })])).toEqual(['rules.0.when.pattern']);
    expect(pathsOf([rule({ op: 'matches', field: 'medium', pattern: '' })])).toEqual(['rules.0.when.pattern']);
    expect(pathsOf([rule({ op: 'matches', field: 'medium', pattern: 'a'.repeat(CHANNEL_RULE_LIMITS.pattern + 1) })])).toEqual(['rules.0.when.pattern']);
  });

  it('limits nesting to a group of groups of tests', () => {
    const leaf = { op: 'in', field: 'medium', values: ['x'] };
    expect(pathsOf([rule({ op: 'all', of: [{ op: 'any', of: [leaf] }] })])).toEqual([]);
    expect(pathsOf([rule({ op: 'all', of: [{ op: 'any', of: [{ op: 'all', of: [leaf] }] }] })])).toEqual(['rules.0.when.of.0.of.0.op']);
  });

  it('names empty lists, blank values, unknown fields, operations and categories', () => {
    expect(
      pathsOf([
        rule({ op: 'in', field: 'medium', values: [] }),
        rule({ op: 'in', field: 'medium', values: ['ok', ' '] }),
        rule({ op: 'contains', field: 'term', value: 'x' }),
        rule({ op: 'like', field: 'medium' }),
        rule({ op: 'sourceCategory', category: 'radio' }),
        rule({ op: 'any', of: [] }),
        rule(null),
        rule({ op: 'in', field: 'medium', values: ['x'] }, '  '),
      ]),
    ).toEqual([
      'rules.0.when.values',
      'rules.1.when.values.1',
      'rules.2.when.field',
      'rules.3.when.op',
      'rules.4.when.category',
      'rules.5.when.of',
      'rules.6.when',
      'rules.7.channel',
    ]);
  });

  it('limits the number of rules and refuses an empty set', () => {
    const many = Array.from({ length: CHANNEL_RULE_LIMITS.rules + 1 }, (_, i) => rule({ op: 'in', field: 'medium', values: [`m${i}`] }, `C${i}`));
    expect(pathsOf(many)).toEqual(['rules']);
    expect(pathsOf([])).toEqual(['rules']);
  });

  it('throws VALIDATION_FAILED with an issue per problem', () => {
    let error: unknown;
    try {
      validChannelRules([rule({ op: 'matches', field: 'medium', pattern: '(' }), rule({ op: 'in', field: 'source', values: ['x'] }, '')]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    expect((error as DomainError).issues.map((i) => i.path)).toEqual(['rules.0.when.pattern', 'rules.1.channel']);
  });
});

describe('matchingRule', () => {
  it('gives the index of the rule classifyChannel decides on, or null', () => {
    expect(matchingRule({ source: '(direct)', medium: '(none)', campaign: null })).toBe(0);
    const paidSearch = DEFAULT_CHANNEL_RULES.findIndex((r) => r.channel === 'Paid Search');
    expect(matchingRule({ source: 'baidu', medium: 'cpc', campaign: null })).toBe(paidSearch);
    expect(matchingRule({ source: 'nobody', medium: 'nothing', campaign: null })).toBeNull();
    expect(classifyChannel({ source: 'nobody', medium: 'nothing', campaign: null })).toBe('Unassigned');
  });

  it('runs a workspace pattern in linear time: catastrophic-backtracking patterns finish at once', () => {
    // On a backtracking engine each of these takes longer than the universe's age on this text.
    const hostile = `${'a'.repeat(MATCHED_TEXT_LIMIT - 1)}!`;
    for (const pattern of ['^(a|a)*$', '^(a+)+$', '(x+x+)+y', '^(.*a){20}$']) {
      expect(channelRuleProblems([rule({ op: 'matches', field: 'campaign', pattern })])).toEqual([]);
      expect(classifyChannel({ source: 'x', medium: 'y', campaign: hostile }, [rule({ op: 'matches', field: 'campaign', pattern }, 'Slow')])).toBe('Unassigned');
    }
  });

  it('gives the same answers with RE2 as with V8 for the default patterns', () => {
    const texts = ['cpc', 'CPC', 'ppc', 'paid-social', 'retargeting', 'organic', '(not set)', 'shop-opening', 'workshop', 'e-shop', 'shopping', 'video', 'Video Ads', 'display', 'cp', ''];
    for (const pattern of [PAID_MEDIUM_PATTERN, SHOPPING_CAMPAIGN_PATTERN, VIDEO_MEDIUM_PATTERN]) {
      const re2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
      const v8 = compileChannelPattern(pattern);
      for (const text of texts) expect(re2.test(text), `${pattern} on ${text}`).toBe(v8?.test(text));
    }
  });

  it('tests a regular expression on the first MATCHED_TEXT_LIMIT characters only', () => {
    const rules = [rule({ op: 'matches', field: 'campaign', pattern: 'tail$' }, 'Tail')];
    expect(classifyChannel({ source: 'x', medium: 'y', campaign: `${'a'.repeat(10)}tail` }, rules)).toBe('Tail');
    expect(classifyChannel({ source: 'x', medium: 'y', campaign: `${'a'.repeat(MATCHED_TEXT_LIMIT)}tail` }, rules)).toBe('Unassigned');
  });
});

describe('the work a rule set asks of every message', () => {
  it('is bounded in tests and regular expressions over the whole set', () => {
    const wide = (n: number, op: 'in' | 'matches') =>
      ({ op: 'any', of: Array.from({ length: n }, (_, i) => (op === 'in' ? { op: 'in', field: 'medium', values: [`m${i}`] } : { op: 'matches', field: 'medium', pattern: `^m${i}$` })) }) as const;
    const manyTests = Array.from({ length: 11 }, (_, i) => rule(wide(50, 'in'), `C${i}`));
    expect(channelRuleProblems(manyTests).map((p) => p.message)).toEqual([expect.stringMatching(/at most 500 tests/)]);
    const manyPatterns = [rule(wide(30, 'matches'), 'A'), rule(wide(21, 'matches'), 'B')];
    expect(channelRuleProblems(manyPatterns).map((p) => p.message)).toEqual([expect.stringMatching(/at most 50 regular expressions/)]);
    expect(channelRuleProblems([rule(wide(50, 'matches'), 'A')])).toEqual([]);
  });
});
