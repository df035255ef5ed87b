import { AnalysisError } from './analysis-error';
import { breakdownValue } from './breakdown';
import { bucketOf, bucketsBetween, localDate, nextBucket, startOfLocalDay } from './calendar';
import type { Dataset } from './dataset';
import { matchesEvent } from './event-matcher';
import { actionsByPerson, indexPeople, type PersonEvent } from './people';
import type { RetentionCohort, RetentionMatrix, RetentionResult, RetentionSpec } from './retention-spec';
import { ratio } from './stats';

/**
 * The reference retention matrix. Semantics in `RetentionSpec`.
 *
 * @example
 * runRetention(dataset, {
 *   period: { from: '2026-11-01', to: '2026-11-07', timeZone: 'Asia/Shanghai' }, interval: 'day', periods: 7,
 *   kind: 'first-time', startEvent: { target: { kind: 'event', event: 'Signed Up' } },
 *   returnEvent: { target: { kind: 'event', event: 'Post Created' } }, asOf: new Date(),
 * }).cohorts[0]?.cells[1]?.rate // day-1 retention of the 1 November cohort
 */
export function runRetention(dataset: Dataset, spec: RetentionSpec): RetentionResult {
  if (!Number.isInteger(spec.periods) || spec.periods < 0) throw new AnalysisError('RETENTION_PERIODS_INVALID', `periods must be a whole number >= 0, got ${spec.periods}`);
  const { period, interval } = spec;
  const zone = period.timeZone;
  const people = indexPeople(dataset.events);
  const byPerson = actionsByPerson(dataset, people, spec.filters);
  const cohortBuckets = bucketsBetween(period.from, period.to, interval);

  const bucketOfEvent = (e: PersonEvent): string => bucketOf(localDate(e.event.timestamp, zone), interval);
  const inPeriod = (e: PersonEvent): boolean => {
    const date = localDate(e.event.timestamp, zone);
    return date >= period.from && date <= period.to;
  };

  // cohort bucket -> anchors (one per member)
  const anchors = new Map<string, PersonEvent[]>(cohortBuckets.map((b) => [b, []]));
  const returnsOf = new Map<string, { ts: number; bucket: string }[]>();
  for (const [person, actions] of byPerson) {
    const starts = actions.filter((a) => matchesEvent(spec.startEvent, a.event));
    returnsOf.set(person, actions.filter((a) => matchesEvent(spec.returnEvent, a.event)).map((a) => ({ ts: a.ts, bucket: bucketOfEvent(a) })));
    if (spec.kind === 'first-time') {
      const first = starts[0]; // actions are ordered by time, then messageId
      if (first !== undefined && inPeriod(first)) anchors.get(bucketOfEvent(first))?.push(first);
    } else {
      const seen = new Set<string>();
      for (const start of starts) {
        const bucket = bucketOfEvent(start);
        if (!inPeriod(start) || seen.has(bucket)) continue;
        seen.add(bucket);
        anchors.get(bucket)?.push(start);
      }
    }
  }

  const returns = (person: string) => returnsOf.get(person) ?? [];
  const whole = matrix(spec, anchors, returns);
  if (spec.breakdown === undefined) return whole;
  const breakdown = spec.breakdown;
  const groups = new Map<string, Map<string, PersonEvent[]>>();
  for (const [bucket, members] of anchors) {
    for (const anchor of members) {
      const value = breakdownValue(breakdown, anchor.event, people.traitsOf(anchor.person));
      let group = groups.get(value);
      if (group === undefined) {
        group = new Map(cohortBuckets.map((b) => [b, []]));
        groups.set(value, group);
      }
      group.get(bucket)?.push(anchor);
    }
  }
  const size = (m: RetentionMatrix): number => m.cohorts.reduce((s, c) => s + c.size, 0);
  const parts = [...groups.entries()]
    .map(([value, group]) => ({ value, ...matrix(spec, group, returns) }))
    .sort((a, b) => size(b) - size(a) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { ...whole, breakdown: parts };
}

/** The cohort matrix of the given anchors (cohort bucket -> one anchor per member). */
function matrix(spec: RetentionSpec, anchors: ReadonlyMap<string, readonly PersonEvent[]>, returnsOf: (person: string) => readonly { ts: number; bucket: string }[]): RetentionMatrix {
  const { interval } = spec;
  const unbounded = (spec.mode ?? 'on') === 'unbounded';
  const asOf = spec.asOf.getTime();
  const cohorts: RetentionCohort[] = [...anchors.entries()].map(([cohortBucket, members]) => {
    const cells = [];
    let bucket = cohortBucket;
    for (let k = 0; k <= spec.periods; k += 1, bucket = nextBucket(bucket, interval)) {
      const target = bucket;
      const retained = members.filter((anchor) =>
        returnsOf(anchor.person).some((r) => (unbounded ? r.bucket >= target : r.bucket === target) && (k > 0 || r.ts >= anchor.ts)),
      ).length;
      const complete = startOfLocalDay(nextBucket(target, interval), spec.period.timeZone).getTime() <= asOf;
      cells.push({ period: k, bucket: target, retained, rate: ratio(retained, members.length), complete });
    }
    return { bucket: cohortBucket, size: members.length, cells };
  });

  const overall = Array.from({ length: spec.periods + 1 }, (_, k) => {
    let cohortSize = 0;
    let retained = 0;
    for (const cohort of cohorts) {
      const cell = cohort.cells[k];
      if (cell === undefined || !cell.complete) continue;
      cohortSize += cohort.size;
      retained += cell.retained;
    }
    return { period: k, cohortSize, retained, rate: ratio(retained, cohortSize) };
  });
  return { cohorts, overall };
}
