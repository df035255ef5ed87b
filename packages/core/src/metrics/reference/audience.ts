import type { StoredEvent } from '../../events/model';
import type { TraitCondition } from '../settings';
import { compareEvents, type EvalContext } from './context';

const targets = new WeakMap<EvalContext, (person: string) => boolean>();

function traitHolds(traits: Readonly<Record<string, unknown>>, condition: TraitCondition): boolean {
  const value = traits[condition.trait];
  switch (condition.op) {
    case 'exists':
      return value !== undefined && value !== null && value !== '';
    case 'in':
      return condition.values.some((v) => v === value);
    case 'between':
      return typeof value === 'number' && Number.isFinite(value) && value >= condition.min && value <= condition.max;
  }
}

/**
 * Whether a person is a target person for this period: every condition of the rule holds on the
 * traits of their latest `identify` call (event order) before the period end. No rule, or an empty
 * one: everyone.
 */
export function isTargetPerson(ctx: EvalContext, person: string): boolean {
  let test = targets.get(ctx);
  if (test === undefined) {
    const rule = ctx.settings.targetAudience ?? [];
    if (rule.length === 0) {
      test = () => true;
    } else {
      const latest = new Map<string, StoredEvent>();
      // Why every event: who is a target person describes the person, not what a scope counts.
      for (const event of ctx.allEvents) {
        if (event.type !== 'identify' || event.timestamp.getTime() >= ctx.end) continue;
        const who = ctx.personOf(event);
        const current = latest.get(who);
        if (current === undefined || compareEvents(current, event) < 0) latest.set(who, event);
      }
      test = (who) => {
        const identify = latest.get(who);
        return identify !== undefined && rule.every((condition) => traitHolds(identify.traits, condition));
      };
    }
    targets.set(ctx, test);
  }
  return test(person);
}
