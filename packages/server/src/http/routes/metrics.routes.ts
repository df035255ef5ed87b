import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DepartmentKpisQuerySchema,
  DepartmentKpisResponseSchema,
  DepartmentMetricsSchema,
  DepartmentParamsSchema,
  ErrorResponseSchema,
  MetricDefinitionSchema,
  MetricOwnershipSchema,
  MetricParamsSchema,
  MetricTargetKeySchema,
  MetricTargetQuerySchema,
  MetricTargetSchema,
  MAX_METRICS_PER_REQUEST,
  MetricValueQuerySchema,
  MetricValueResponseSchema,
  MetricValuesQuerySchema,
  MetricValuesResponseSchema,
  WorkspaceMetricParamsSchema,
  WorkspaceParamsSchema,
} from '@marketops/contracts';
import { DomainError, departmentMetrics, findMetric, findTarget, isDomainError, formulaText, metricOwnership, metricReads, METRICS, MetricUnknownError, targetStatus, type MetricDefinition, type OrgMap } from '@marketops/core';
import type { MetricTargetService } from '../../app/metric-target-service';
import type { MetricOutcome, MetricsService } from '../../app/metrics-service';
import type { OrgService } from '../../app/org-service';
import { clientGone } from '../client-gone';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

/** A definition as the API shows it: the formula written out and what it reads. */
function present(metric: MetricDefinition) {
  const reads = metricReads(metric, findMetric);
  return {
    id: metric.id,
    functionId: metric.functionId,
    source: metric.source,
    name: metric.name,
    definition: metric.definition,
    unit: metric.unit,
    direction: metric.direction,
    formula: formulaText(metric.formula),
    reads: { calls: [...reads.calls], properties: [...reads.properties], feeds: [...reads.feeds], settings: [...reads.settings], metrics: [...reads.metrics] },
  };
}

/** Who owns a metric, with each department's name as the map gives it. */
function namedOwnership(metricId: string, map: OrgMap) {
  const owner = metricOwnership(metricId, map);
  const department = (id: string) => ({ id, name: map.departments.find((d) => d.id === id)?.name ?? id });
  return { ...owner, accountable: owner.accountable.map(department), contributing: owner.contributing.map(department) };
}

type Target = Awaited<ReturnType<MetricTargetService['list']>>[number];

/**
 * One metric's value as a dashboard shows it: the result, the previous period, the target; or,
 * when that metric alone cannot be computed (a money metric without a reporting currency or a
 * rate), why. Anything else (a bad period, a storage failure) fails the whole answer.
 */
function entryOf(outcome: MetricOutcome, definition: MetricDefinition, targets: readonly Target[]) {
  if ('error' in outcome) {
    const error = outcome.error;
    if (!isDomainError(error) || error.code !== 'VALIDATION_FAILED' || error.issues.some((i) => i.path.startsWith('period'))) throw error;
    return { metricId: definition.id, result: null, problem: { code: error.code, message: error.message } };
  }
  const { result, comparison } = outcome.value;
  const target = findTarget(targets, definition.id, result.period);
  return {
    metricId: definition.id,
    result,
    ...(comparison ? { previous: comparison.previous, change: comparison.change, relativeChange: comparison.relativeChange } : {}),
    ...(target ? { target: targetStatus(result.value, target.value, definition.direction) } : {}),
  };
}

/** The metric ids of a `metric-values` request, each known; a problem is a 400 naming `ids.<i>`. */
function requestedMetrics(ids: string): MetricDefinition[] {
  const list = ids.split(',').map((id) => id.trim());
  const issues = list.flatMap((id, i) => (findMetric(id) === undefined ? [{ path: `ids.${i}`, code: 'VALIDATION_FAILED' as const, message: id === '' ? 'empty metric id' : `unknown metric "${id}"` }] : []));
  if (list.length > MAX_METRICS_PER_REQUEST) issues.push({ path: 'ids', code: 'VALIDATION_FAILED', message: `at most ${MAX_METRICS_PER_REQUEST} metrics per request, not ${list.length}` });
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  return list.map((id) => findMetric(id) as MetricDefinition);
}

/**
 * The metric definitions, and who answers for them in a workspace: "who owns metric Y" and "the
 * KPIs of department X", resolved through the workspace's org map.
 */
export function metricRoutes({ orgService, metrics, targets }: { readonly orgService: OrgService; readonly metrics: MetricsService; readonly targets: MetricTargetService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/metrics', {
      schema: { tags: ['metrics'], summary: 'Every metric definition: the catalog\'s KPIs and the engine\'s own (docs/metrics)', response: { 200: MetricDefinitionSchema.array() } },
    }, async () => METRICS.map(present));

    app.get('/api/metrics/:metricId', {
      schema: { tags: ['metrics'], summary: 'One metric definition', params: MetricParamsSchema, response: { 200: MetricDefinitionSchema, ...errors } },
    }, async (request) => {
      const metric = findMetric(request.params.metricId);
      if (metric === undefined) throw new MetricUnknownError(request.params.metricId);
      return present(metric);
    });

    app.get('/api/workspaces/:workspaceId/metrics/:metricId', {
      schema: {
        tags: ['metrics'],
        summary: 'A metric\'s value for a period (and per day, week or month, and the previous period), with the department that owns it',
        params: WorkspaceMetricParamsSchema,
        querystring: MetricValueQuerySchema,
        response: { 200: MetricValueResponseSchema, ...errors },
      },
    }, async (request, reply) => {
      const gone = clientGone(reply); // Why first: a client that leaves during the awaits below must still be seen.
      const { workspaceId, metricId } = request.params;
      const { map } = await orgService.getMap(workspaceId);
      const value = await metrics.value(workspaceId, metricId, request.query, gone);
      const target = findTarget(await targets.list(workspaceId, metricId), metricId, value.result.period);
      const definition = findMetric(metricId) as MetricDefinition;
      return {
        ...(target ? { target: targetStatus(value.result.value, target.value, definition.direction) } : {}),
        result: value.result,
        ...(value.comparison ? { previous: value.comparison.previous, change: value.comparison.change, relativeChange: value.comparison.relativeChange } : {}),
        ...(value.buckets ? { buckets: [...value.buckets] } : {}),
        owner: namedOwnership(metricId, map),
      };
    });

    app.get('/api/workspaces/:workspaceId/metrics/:metricId/owner', {
      schema: { tags: ['metrics'], summary: 'Who owns metric Y: the departments accountable for (and contributing to) its function', params: WorkspaceMetricParamsSchema, response: { 200: MetricOwnershipSchema, ...errors } },
    }, async (request) => {
      const { map } = await orgService.getMap(request.params.workspaceId);
      return namedOwnership(request.params.metricId, map);
    });

    app.get('/api/workspaces/:workspaceId/departments/:departmentId/metrics', {
      schema: { tags: ['metrics'], summary: 'The KPIs of department X: the metrics of the functions it is accountable for or contributes to', params: DepartmentParamsSchema, response: { 200: DepartmentMetricsSchema, ...errors } },
    }, async (request) => {
      const { map } = await orgService.getMap(request.params.workspaceId);
      const held = departmentMetrics(request.params.departmentId, map);
      const slim = (group: typeof held.accountable) => group.map((g) => ({ functionId: g.functionId, shared: g.shared, metrics: g.metrics.map((m) => ({ id: m.id, name: m.name })) }));
      return { departmentId: held.departmentId, accountable: slim(held.accountable), contributing: slim(held.contributing) };
    });

    app.get('/api/workspaces/:workspaceId/targets', {
      schema: { tags: ['metrics'], summary: 'The targets set in a workspace (optionally of one metric)', params: WorkspaceParamsSchema, querystring: MetricTargetQuerySchema, response: { 200: MetricTargetSchema.array(), ...errors } },
    }, async (request) => targets.list(request.params.workspaceId, request.query.metricId));

    app.put('/api/workspaces/:workspaceId/targets', {
      schema: { tags: ['metrics'], summary: 'Set (or replace) the target of a metric for a period; metric values for that exact period answer it with attainment', params: WorkspaceParamsSchema, body: MetricTargetSchema, response: { 200: MetricTargetSchema, ...errors } },
    }, async (request) => targets.put(request.params.workspaceId, request.body));

    app.delete('/api/workspaces/:workspaceId/targets', {
      schema: { tags: ['metrics'], summary: 'Remove the target of a metric for a period', params: WorkspaceParamsSchema, querystring: MetricTargetKeySchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      const { metricId, from, to } = request.query;
      await targets.remove(request.params.workspaceId, metricId, { from, to });
      return reply.status(204).send(null);
    });

    app.get('/api/workspaces/:workspaceId/departments/:departmentId/kpis', {
      schema: {
        tags: ['metrics'],
        summary: 'A department\'s dashboard: the value of every KPI it is accountable for, with the previous period and the target',
        params: DepartmentParamsSchema,
        querystring: DepartmentKpisQuerySchema,
        response: { 200: DepartmentKpisResponseSchema, ...errors },
      },
    }, async (request, reply) => {
      const gone = clientGone(reply);
      const { workspaceId, departmentId } = request.params;
      const { map } = await orgService.getMap(workspaceId);
      const held = departmentMetrics(departmentId, map);
      const allTargets = await targets.list(workspaceId);
      const kpis = [];
      let period: { from: string; to: string; timeZone: string } | null = null;
      const heldMetrics = held.accountable.flatMap((group) => group.metrics.map((metric) => ({ group, metric })));
      const outcomes = await metrics.values(workspaceId, heldMetrics.map((h) => h.metric.id), request.query, gone);
      for (const [index, { group, metric }] of heldMetrics.entries()) {
        const outcome = outcomes[index] as MetricOutcome;
        if (!('error' in outcome)) period = outcome.value.result.period;
        kpis.push({ ...entryOf(outcome, metric, allTargets), functionId: group.functionId, shared: group.shared });
      }
      return { departmentId, period: period ?? { from: request.query.from, to: request.query.to, timeZone: request.query.timeZone ?? (await metrics.timeZone(workspaceId)) }, kpis };
    });

    app.get('/api/workspaces/:workspaceId/metric-values', {
      schema: {
        tags: ['metrics'],
        summary: 'Several metrics for one period in one answer (the value-chain overview), each with the previous period, target and owner; a metric that cannot be computed says why',
        params: WorkspaceParamsSchema,
        querystring: MetricValuesQuerySchema,
        response: { 200: MetricValuesResponseSchema, ...errors },
      },
    }, async (request, reply) => {
      const gone = clientGone(reply);
      const { workspaceId } = request.params;
      const { ids, ...query } = request.query;
      const definitions = requestedMetrics(ids);
      const { map } = await orgService.getMap(workspaceId);
      const allTargets = await targets.list(workspaceId);
      const outcomes = await metrics.values(workspaceId, definitions.map((d) => d.id), query, gone);
      const values = definitions.map((definition, i) => ({ ...entryOf(outcomes[i] as MetricOutcome, definition, allTargets), owner: namedOwnership(definition.id, map) }));
      const first = outcomes.find((o) => !('error' in o));
      const period = first && !('error' in first) ? first.value.result.period : { from: query.from, to: query.to, timeZone: query.timeZone ?? (await metrics.timeZone(workspaceId)) };
      return { period, values };
    });
  };
}
