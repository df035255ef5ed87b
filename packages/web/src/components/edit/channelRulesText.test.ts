import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import type { ChannelConditionDto } from '@marketops/contracts';
import { resources } from '../../i18n/bundles';
import { describeCondition, problemText } from './channelRulesText';

const paid = { op: 'matches', field: 'medium', pattern: '^paid' } as const;
let en: TFunction;
let es: TFunction;
let ja: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  en = i18n.getFixedT('en');
  es = i18n.getFixedT('es');
  ja = i18n.getFixedT('ja');
});

describe('describeCondition', () => {
  it('reads a test as a phrase, values and patterns untranslated', () => {
    expect(describeCondition({ op: 'in', field: 'medium', values: ['cpc', 'ppc'] }, en)).toBe('medium is one of cpc, ppc');
    expect(describeCondition({ op: 'in', field: 'source', values: ['(direct)'] }, en)).toBe('source is (direct)');
    expect(describeCondition({ op: 'endsWith', field: 'medium', value: 'push' }, en)).toBe('medium ends with “push”');
    expect(describeCondition({ op: 'sourceCategory', category: 'video' }, en)).toBe('source is a video site');
  });

  it('joins a group, and puts nested groups in parentheses', () => {
    expect(describeCondition({ op: 'all', of: [{ op: 'sourceCategory', category: 'social' }, paid] }, en)).toBe('source is a social site and medium matches ^paid');
    const shopping: ChannelConditionDto = { op: 'all', of: [{ op: 'any', of: [{ op: 'sourceCategory', category: 'shopping' }, { op: 'contains', field: 'campaign', value: 'shop' }] }, paid] };
    expect(describeCondition(shopping, en)).toBe('(source is a shopping site or campaign contains “shop”) and medium matches ^paid');
  });

  it('shortens a long list', () => {
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(describeCondition({ op: 'in', field: 'medium', values }, en)).toBe('medium is one of a, b, c, d, e, f and 2 more');
  });

  it('speaks the reader’s language', () => {
    expect(describeCondition({ op: 'all', of: [{ op: 'sourceCategory', category: 'social' }, paid] }, es)).toBe('la fuente es una red social y el medio coincide con ^paid');
    expect(describeCondition({ op: 'in', field: 'medium', values: ['cpc', 'ppc'] }, ja)).toBe('メディアが cpc, ppc のいずれか');
  });
});

describe('problemText', () => {
  it('says where inside the rule, in the reader’s language', () => {
    expect(problemText({ path: 'rules.3.when.of.1.pattern', code: 'badRegex' }, en)).toBe('when.of.1.pattern: Not a regular expression: the browser cannot compile this pattern.');
    expect(problemText({ path: 'rules', code: 'tooManyRules', params: { max: 100 } }, es)).toBe('Como máximo 100 reglas: elimine alguna antes de guardar.');
    expect(problemText({ path: 'rules.0.when.values.1', code: 'blankValue', params: { number: 2 } }, ja)).toBe('when.values.1：2 番目の値が空です（余分なカンマ？）。');
  });
});
