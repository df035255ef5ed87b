import type { TraitCondition } from '@marketops/core';
import { jsonMember, memberBetween, memberEquals, memberExists, type JsonMember } from './json-sql';
import type { QueryBuilder } from './query-builder';

function traitSql(traits: (name: string) => JsonMember, condition: TraitCondition, q: QueryBuilder): string {
  const m = traits(condition.trait);
  switch (condition.op) {
    case 'exists':
      return memberExists(m);
    case 'in':
      return condition.values.length === 0 ? 'FALSE' : `(${condition.values.map((v) => memberEquals(m, v, q.params)).join(' OR ')})`;
    case 'between':
      return memberBetween(m, condition.min, condition.max, false, q.params);
  }
}

/**
 * The audience test of `settings.ts` on a row's `person_id`: the traits of the person's latest
 * `identify` call (event order: timestamp, then messageId) before the period end meet every
 * condition of the rule. No rule or an empty one: TRUE (everyone). Read from `ev_all`: an event
 * scope (a trend's filters) restricts what is counted, never who the target people are.
 */
export function audienceSql(q: QueryBuilder): string {
  const rule = q.settings.targetAudience ?? [];
  if (rule.length === 0) return 'TRUE';
  const tests = rule.map((condition) => traitSql((name) => jsonMember('traits', [name], q.params), condition, q)).join(' AND ');
  return `person_id IN (SELECT person_id FROM (
      SELECT person_id, arg_max(traits, (ts, message_id)) AS traits FROM ev_all WHERE type = 'identify' AND ts < ${q.end} GROUP BY person_id
    ) WHERE ${tests})`;
}
