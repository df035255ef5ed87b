import { AnalysisError } from './analysis-error';
import { breakdownValue } from './breakdown';
import type { Dataset } from './dataset';
import { matchesEvent, matcherLabel } from './event-matcher';
import { bestAttempt, type FunnelAttempt } from './funnel-attempts';
import { DEFAULT_FUNNEL_WINDOW, durationMs, type FunnelResult, type FunnelSpec, type FunnelStepResult } from './funnel-spec';
import { actionsByPerson, indexPeople } from './people';
import { median, ratio } from './stats';

/**
 * The reference funnel: walks every person's actions in memory. Semantics in `FunnelSpec`.
 *
 * @example
 * runFunnel(dataset, {
 *   period: { from: '2026-11-01', to: '2026-11-30', timeZone: dataset.timeZone },
 *   steps: [{ target: { kind: 'page', name: 'Pricing' } }, { target: { kind: 'event', event: 'Signed Up' } }],
 * }).steps.map((s) => s.people) // e.g. [120, 30]
 */
export function runFunnel(dataset: Dataset, spec: FunnelSpec): FunnelResult {
  if (spec.steps.length < 2) throw new AnalysisError('FUNNEL_STEPS_TOO_FEW', `a funnel needs at least 2 steps, got ${spec.steps.length}`);
  const windowMs = durationMs(spec.window ?? DEFAULT_FUNNEL_WINDOW);
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new AnalysisError('WINDOW_INVALID', `the conversion window must be positive, got ${windowMs} ms`);
  const order = spec.order ?? 'ordered';
  const labels = spec.steps.map((step) => step.label ?? matcherLabel(step));
  const people = indexPeople(dataset.events);
  const byPerson = actionsByPerson(dataset, people, spec.filters, spec.period);

  const reached: { attempt: FunnelAttempt; group: string | null }[] = [];
  let excludedPeople = 0;
  for (const [person, actions] of byPerson) {
    const fitsTable = actions.map((a) => spec.steps.map((step) => matchesEvent(step, a.event)));
    const attempt = bestAttempt(actions, (step, action) => fitsTable[action]?.[step] === true, spec.steps.length, order, windowMs);
    if (attempt === null) continue;
    const first = attempt.times[0] ?? 0;
    const last = attempt.times[attempt.times.length - 1] ?? 0;
    const excluded =
      attempt.times.length >= 2 && actions.some((a) => a.ts > first && a.ts < last && (spec.exclusions ?? []).some((x) => matchesEvent(x, a.event)));
    if (excluded) {
      excludedPeople += 1;
      continue;
    }
    const group = spec.breakdown === undefined ? null : breakdownValue(spec.breakdown, attempt.start.event, people.traitsOf(person));
    reached.push({ attempt, group });
  }

  const steps = stepResults(labels, reached.map((r) => r.attempt));
  if (spec.breakdown === undefined) return { steps, excludedPeople };
  const groups = new Map<string, FunnelAttempt[]>();
  for (const { attempt, group } of reached) {
    const key = group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), attempt]);
  }
  const breakdown = [...groups.entries()]
    .map(([value, attempts]) => ({ value, steps: stepResults(labels, attempts) }))
    .sort((a, b) => (b.steps[0]?.people ?? 0) - (a.steps[0]?.people ?? 0) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { steps, excludedPeople, breakdown };
}

function stepResults(labels: readonly string[], attempts: readonly FunnelAttempt[]): FunnelStepResult[] {
  const counts = labels.map((_, k) => attempts.filter((a) => a.times.length > k).length);
  return labels.map((label, k) => {
    const people = counts[k] ?? 0;
    const durations = k === 0 ? [] : attempts.filter((a) => a.times.length > k).map((a) => (a.times[k] ?? 0) - (a.times[k - 1] ?? 0));
    return {
      step: k + 1,
      label,
      people,
      conversionFromPrevious: k === 0 ? null : ratio(people, counts[k - 1] ?? 0),
      conversionFromFirst: ratio(people, counts[0] ?? 0),
      medianTimeToConvertMs: k === 0 ? null : median(durations),
    };
  });
}
