import type { MetricCondition, MetricFilter, MetricKey, Measure } from './formula';

/**
 * A formula in a compact notation that reads the same in every language (ids, event names and
 * property names are not translated), for the reference page and API.
 *
 * @example formulaText({ kind: 'ratio', numerator: { kind: 'cost-sum' }, denominator: { kind: 'metric', id: 'pr.target-reach' } })
 * // 'cost-sum(all costs) / [pr.target-reach]'
 */
export function formulaText(measure: Measure): string {
  switch (measure.kind) {
    case 'count':
      return `count(${filterText(measure.filter)}${measure.audience === true ? ', target people' : ''})`;
    case 'distinct': {
      const atLeast = measure.atLeast === undefined ? '' : `, having >= ${measure.atLeast.count} distinct ${keyText(measure.atLeast.of)} (${measure.atLeast.scope})`;
      return `distinct ${keyText(measure.key)}(${filterText(measure.filter)}${measure.audience === true ? ', target people' : ''}${atLeast})`;
    }
    case 'first':
      return `first-time ${keyText(measure.key)}(${filterText(measure.filter)}${measure.also === undefined ? '' : ` and first one where ${measure.also.map(conditionText).join(' and ')}`})`;
    case 'money-sum':
      return `money-sum(${measure.amount} in ${measure.currency}, first per ${keyText(measure.dedupe)}, ${filterText(measure.filter)})`;
    case 'cost-sum': {
      const parts = [
        ...(measure.functionIds === undefined ? [] : [`function in [${measure.functionIds.join(', ')}]`]),
        ...(measure.costTypes === undefined ? [] : [`type in [${measure.costTypes.join(', ')}]`]),
      ];
      return `cost-sum(${parts.length === 0 ? 'all costs' : parts.join(', ')})`;
    }
    case 'ratio':
      return `${wrap(measure.numerator)} / ${wrap(measure.denominator)}`;
    case 'product':
      return measure.factors.map(wrap).join(' x ');
    case 'metric':
      return `[${measure.id}]`;
    case 'rolling-active':
      return `mean over days d of distinct person(${filterText(measure.filter)} on days d-${measure.windowDays - 1}..d)`;
    case 'sessions':
      return `sessions ${measure.aggregate}(${filterText(measure.filter)}, gap > ${measure.gapMinutes} min)`;
    case 'retention':
      return `day-N retention(N = ${measure.defaultDay} unless set, ${filterText(measure.filter)})`;
    case 'followed-within':
      return `share of first ${keyText(measure.key)}(${filterText(measure.cohort)}) followed by (${filterText(measure.follow)}) within ${measure.days} x 24 h`;
    case 'survey':
      return `survey ${measure.scoring.kind === 'nps' ? 'NPS' : `share(${conditionText(measure.scoring.positive)})`} of question = ${measure.question}, valid ${conditionText(measure.valid)}, latest per person and survey${measure.audience === true ? ', target people' : ''}`;
    case 'snapshot':
      return `channel snapshots ${measure.aggregate}(${measure.metric})`;
    case 'daily-records':
      return `daily records(track "${measure.event}" per ${measure.group} and ${measure.date}, latest) ${measure.aggregate.kind}`;
    case 'on-time':
      return `on-time share(track "${measure.event}" per ${measure.keys.join(' + ')}, ${measure.completed} <= ${measure.due})`;
    case 'activity-goal':
      return `activity goal conversion(track "${measure.joined}" until track "${measure.ended}", goal = ${measure.goal}, within ${measure.days} x 24 h after the end)`;
    case 'elapsed':
      return `mean seconds from (${filterText(measure.start)}) to first (${filterText(measure.end)}) joined on ${measure.join}`;
  }
}

function wrap(measure: Measure): string {
  const text = formulaText(measure);
  return measure.kind === 'ratio' || measure.kind === 'product' ? `(${text})` : text;
}

function keyText(key: MetricKey): string {
  return key.kind === 'property' ? key.property : key.kind;
}

function conditionText(c: MetricCondition): string {
  switch (c.kind) {
    case 'property-exists':
      return `${c.property} present`;
    case 'property-in':
      return `${c.property} in [${c.values.map((v) => JSON.stringify(v)).join(', ')}]`;
    case 'property-between':
      return `${c.property} ${c.integer ? 'integer ' : ''}in ${c.min}..${c.max}`;
    case 'channel-in':
      return `channel ${c.negate === true ? 'not in' : 'in'} [${c.channels.join(', ')}]`;
    case 'campaign-in':
      return `utm_${c.field} in [${c.values.join(', ')}]`;
    case 'own-account-source':
      return 'utm_source is an own account';
    case 'mentioned-referrer':
      return 'referrer is a mentioning outlet';
    case 'store-page':
      return 'page is in the store';
    case 'any':
      return `(${c.conditions.map(conditionText).join(' or ')})`;
  }
}

function filterText(filter: MetricFilter): string {
  return filter
    .map((m) => {
      const names = m.names === undefined ? '' : ` ${m.names.map((n) => `"${n}"`).join(', ')}`;
      const excluded = m.excludeNames === undefined ? '' : ` except ${m.excludeNames.length} non-activity events`;
      const where = m.where === undefined ? '' : ` where ${m.where.map(conditionText).join(' and ')}`;
      return `${m.types.join('/')}${names}${excluded}${where}`;
    })
    .join(' | ');
}
