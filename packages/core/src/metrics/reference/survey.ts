import type { StoredEvent } from '../../events/model';
import type { SurveyMeasure } from '../formula';
import { EVENTS, PROPS } from '../vocabulary';
import { isTargetPerson } from './audience';
import { inPeriod, type EvalContext } from './context';
import { holds, propertyKey } from './match';
import { periodOpen, type MeasureValue } from './result';
import { finite } from './values';

/** Latest answer per (person, survey), then NPS or a share of positive answers. */
export function evaluateSurvey(ctx: EvalContext, measure: SurveyMeasure): MeasureValue {
  const latest = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (event.type !== 'track' || event.event !== EVENTS.surveyAnswered || !inPeriod(ctx, event)) continue;
    if (event.properties[PROPS.question] !== measure.question || !holds(ctx, event, measure.valid)) continue;
    const person = ctx.personOf(event);
    if (measure.audience === true && !isTargetPerson(ctx, person)) continue;
    const survey = propertyKey(event.properties[PROPS.surveyId]) ?? '';
    // Why JSON: a pair key that no person or survey id can forge by containing a separator.
    latest.set(JSON.stringify([person, survey]), event); // event order: the last one set is the latest
  }
  let positive = 0;
  let negative = 0;
  for (const event of latest.values()) {
    if (measure.scoring.kind === 'share') {
      if (holds(ctx, event, measure.scoring.positive)) positive += 1;
    } else {
      const score = finite(event.properties[PROPS.score]) ?? 0;
      if (score >= 9) positive += 1;
      else if (score <= 6) negative += 1;
    }
  }
  const answers = latest.size;
  const provisional = periodOpen(ctx);
  if (measure.scoring.kind === 'share') {
    return { value: answers === 0 ? null : positive / answers, numerator: positive, denominator: answers, provisional };
  }
  const net = positive - negative;
  return { value: answers === 0 ? null : (100 * net) / answers, numerator: net, denominator: answers, provisional };
}
