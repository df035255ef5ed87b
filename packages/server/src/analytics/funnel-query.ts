import {
  AnalysisError,
  DEFAULT_FUNNEL_WINDOW,
  durationMs,
  matcherLabel,
  type FunnelResult,
  type FunnelSpec,
  type FunnelStepResult,
} from '@marketops/core';
import { IS_ACTION, TS_MS, eventsWithTraitsSql, inPeriodSql, readsTraits } from './actions-sql';
import type { AnalyticsReader } from './analytics-reader';
import { chooseAttempt, type Attempt, type FunnelAction } from './funnel-attempt-search';
import { breakdownSql, filtersSql, matcherSql } from './filter-sql';
import { SqlParams } from './sql-params';
import { compareText, median, ratio } from './stats';

/**
 * The funnel on the DuckDB event store, equal to the core's `runFunnel` (rules in `FunnelSpec`).
 *
 * One query selects the period's actions of the people passing the filters, with their resolved
 * person, and marks each with the steps and exclusions it matches and its breakdown value, ordered
 * per person by (ts, messageId). Actions that match nothing are dropped in SQL except for `strict`
 * (where any action between two steps matters), and so are people with no possible start.
 * Each person's attempt is then chosen in `funnel-attempt-search.ts`.
 *
 * @example
 * await queryFunnel(store, 'w', { period, steps: [{ target: { kind: 'page', name: 'Pricing' } }, { target: { kind: 'event', event: 'Signed Up' } }] })
 */
export async function queryFunnel(reader: AnalyticsReader, workspaceId: string, spec: FunnelSpec): Promise<FunnelResult> {
  if (spec.steps.length < 2) throw new AnalysisError('FUNNEL_STEPS_TOO_FEW', `a funnel needs at least 2 steps, got ${spec.steps.length}`);
  const windowMs = durationMs(spec.window ?? DEFAULT_FUNNEL_WINDOW);
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new AnalysisError('WINDOW_INVALID', `the conversion window must be positive, got ${windowMs} ms`);
  const order = spec.order ?? 'ordered';
  const labels = spec.steps.map((step) => step.label ?? matcherLabel(step));

  const { sql, params } = funnelSql(workspaceId, spec);
  const rows = await reader.query(sql, params);

  const chosen: { attempt: Attempt; group: string | null }[] = [];
  let excludedPeople = 0;
  for (const actions of byPerson(rows, spec.steps.length)) {
    const attempt = chooseAttempt(actions, spec.steps.length, order, windowMs);
    if (attempt === null) continue;
    const first = attempt.times[0] ?? 0;
    const last = attempt.times[attempt.times.length - 1] ?? 0;
    if (attempt.times.length >= 2 && actions.some((a) => a.excluded && a.ts > first && a.ts < last)) {
      excludedPeople += 1;
      continue;
    }
    chosen.push({ attempt, group: actions[attempt.start]?.group ?? null });
  }

  const steps = stepResults(labels, chosen.map((c) => c.attempt));
  if (spec.breakdown === undefined) return { steps, excludedPeople };
  const groups = new Map<string, Attempt[]>();
  for (const { attempt, group } of chosen) groups.set(group ?? '', [...(groups.get(group ?? '') ?? []), attempt]);
  const breakdown = [...groups.entries()]
    .map(([value, attempts]) => ({ value, steps: stepResults(labels, attempts) }))
    .sort((a, b) => (b.steps[0]?.people ?? 0) - (a.steps[0]?.people ?? 0) || compareText(a.value, b.value));
  return { steps, excludedPeople, breakdown };
}

/** The query: one row per relevant action, `s0..sN` step flags, `x` exclusion flag, `b` breakdown. */
export function funnelSql(workspaceId: string, spec: FunnelSpec): { sql: string; params: SqlParams['values'] } {
  const params = new SqlParams();
  const source = eventsWithTraitsSql(workspaceId, params, readsTraits(spec.filters, spec.breakdown));
  const filters = filtersSql(spec.filters, params);
  const stepColumns = spec.steps.map((step, k) => `COALESCE(${matcherSql(step, params)}, FALSE) AS s${k}`);
  const exclusions = spec.exclusions ?? [];
  const excluded = exclusions.length === 0 ? 'FALSE' : exclusions.map((x) => `(${matcherSql(x, params)})`).join(' OR ');
  const breakdown = spec.breakdown === undefined ? 'NULL' : breakdownSql(spec.breakdown, params);
  const inPeriod = inPeriodSql(spec.period, params);
  const stepNames = spec.steps.map((_, k) => `s${k}`);
  const order = spec.order ?? 'ordered';
  // Why keep unmatched actions for strict only: there they break a run of steps; elsewhere they are noise.
  const relevant = order === 'strict' ? 'TRUE' : [...stepNames, 'x'].join(' OR ');
  const canStart = order === 'any' ? stepNames.join(' OR ') : 's0';
  const sql = `WITH actions AS (
      SELECT e.person_id AS person, ${TS_MS} AS ts, e.message_id AS message_id,
             ${stepColumns.join(',\n             ')},
             COALESCE(${excluded}, FALSE) AS x,
             ${breakdown} AS b
        FROM ${source}
         AND ${IS_ACTION} AND ${inPeriod}
         AND (${filters.events}) AND (${filters.traits})
    )
    SELECT person, ts, ${stepNames.join(', ')}, x, b FROM actions
     WHERE ${relevant}
    QUALIFY bool_or(${canStart}) OVER (PARTITION BY person)
     ORDER BY person, ts, message_id`;
  return { sql, params: params.usedIn(sql) };
}

/** The rows of one person after another (they arrive ordered by person). */
function* byPerson(rows: readonly Record<string, unknown>[], stepCount: number): Generator<FunnelAction[]> {
  let person: unknown = undefined;
  let current: FunnelAction[] = [];
  for (const row of rows) {
    if (row.person !== person && current.length > 0) {
      yield current;
      current = [];
    }
    person = row.person;
    current.push({
      ts: Number(row.ts),
      fits: Array.from({ length: stepCount }, (_, k) => row[`s${k}`] === true),
      excluded: row.x === true,
      group: row.b === null || row.b === undefined ? null : String(row.b),
    });
  }
  if (current.length > 0) yield current;
}

function stepResults(labels: readonly string[], attempts: readonly Attempt[]): FunnelStepResult[] {
  const counts = labels.map((_, k) => attempts.filter((a) => a.times.length > k).length);
  return labels.map((label, k) => {
    const reached = attempts.filter((a) => a.times.length > k);
    return {
      step: k + 1,
      label,
      people: counts[k] ?? 0,
      conversionFromPrevious: k === 0 ? null : ratio(counts[k] ?? 0, counts[k - 1] ?? 0),
      conversionFromFirst: ratio(counts[k] ?? 0, counts[0] ?? 0),
      medianTimeToConvertMs: k === 0 ? null : median(reached.map((a) => (a.times[k] ?? 0) - (a.times[k - 1] ?? 0))),
    };
  });
}
