import {
  CatalogResponseSchema,
  CheckResponseSchema,
  OrgMapResponseSchema,
  TemplateSummarySchema,
  WorkspaceSettingsSchema,
  WorkspaceSummarySchema,
  WriteKeySchema,
  CreatedWriteKeySchema,
  MetricDefinitionSchema,
  MetricSettingsSchema,
  MetricValueResponseSchema,
  MetricValuesResponseSchema,
  MetricOwnershipSchema,
  MetricTargetSchema,
  DepartmentKpisResponseSchema,
  EventCountSchema,
  FunnelResultSchema,
  RetentionResultSchema,
  AttributionResultSchema,
  ReachResultSchema,
  ReferralResultSchema,
  WorkspaceNamesSchema,
  TrendResultSchema,
  ChannelRulesViewSchema,
  ChannelRulesTestResultSchema,
  ReclassifyResultSchema,
} from '@marketops/contracts';
import type {
  CatalogResponse,
  CheckResponse,
  CreateDepartmentRequest,
  CreateWorkspaceRequest,
  OrgMapResponse,
  PutAssignmentRequest,
  TemplateSummaryDto,
  UpdateDepartmentRequest,
  WorkspaceSummaryDto,
  WorkspaceSettingsDto,
  MetricSettingsDto,
  FunctionIdDto,
  FunnelRequestSchema,
  RetentionRequestSchema,
  AttributionRequestSchema,
  ReachRequestSchema,
  ReferralRequestSchema,
  TrendRequestSchema,
  ChannelRulesInput,
  ChannelRulesTestInput,
  ChannelRulesTestResult,
  ChannelRulesView,
  ReclassifyResult,
} from '@marketops/contracts';
import { forgetEarlyResponses, peekEarlyJson, takeEarlyResponse } from './earlyResponses';
import { ApiError, contractError, errorFromResponse } from './errors';
import { paths, queryString, seg } from './paths';

/** Anything with zod's `parse`: keeps this file free of a direct zod import. */
interface Parser<T> {
  parse(data: unknown): T;
}

const list = <T>(item: Parser<T>): Parser<T[]> => ({
  parse(data) {
    if (!Array.isArray(data)) throw { issues: [{ path: [], message: 'expected an array', code: 'invalid_type' }] };
    return data.map((entry, index) => {
      try {
        return item.parse(entry);
      } catch (error) {
        const issues = (error as { issues?: { path?: unknown[] }[] }).issues ?? [];
        throw { issues: issues.map((i) => ({ ...i, path: [index, ...(i.path ?? [])] })) };
      }
    });
  },
});

export type ExportFormat = 'yaml' | 'json';
type Out<S extends { parse(data: unknown): unknown }> = ReturnType<S['parse']>;
export type MetricDefinitionDto = Out<typeof MetricDefinitionSchema>;
export type MetricValueDto = Out<typeof MetricValueResponseSchema>;
export type MetricValuesDto = Out<typeof MetricValuesResponseSchema>;
export type MetricOwnershipDto = Out<typeof MetricOwnershipSchema>;
export type MetricTargetDto = Out<typeof MetricTargetSchema>;
export type DepartmentKpisDto = Out<typeof DepartmentKpisResponseSchema>;
export type FunnelRequest = Out<typeof FunnelRequestSchema>;
export type FunnelResultDto = Out<typeof FunnelResultSchema>;
export type RetentionRequest = Out<typeof RetentionRequestSchema>;
export type RetentionResultDto = Out<typeof RetentionResultSchema>;
export type AttributionRequest = Out<typeof AttributionRequestSchema>;
export type AttributionResultDto = Out<typeof AttributionResultSchema>;
export type ReachRequest = Out<typeof ReachRequestSchema>;
export type ReachResultDto = Out<typeof ReachResultSchema>;
export type ReferralRequest = Out<typeof ReferralRequestSchema>;
export type ReferralResultDto = Out<typeof ReferralResultSchema>;
export type WorkspaceNamesDto = Out<typeof WorkspaceNamesSchema>;
export type TrendRequest = Out<typeof TrendRequestSchema>;
export type TrendResultDto = Out<typeof TrendResultSchema>;

/** A metric over a period: the workspace's calendar days, optionally per bucket and with the previous period. */
export interface MetricValueQuery {
  from: string;
  to: string;
  interval?: 'day' | 'week' | 'month';
  compare?: boolean;
}

export type WriteKeyDto = ReturnType<typeof WriteKeySchema.parse>;
export type CreatedWriteKeyDto = ReturnType<typeof CreatedWriteKeySchema.parse>;
export interface CreateCentreRequest {
  id?: string;
  name: string;
  parentId?: string | null;
}
export interface UpdateCentreRequest {
  name?: string;
  parentId?: string | null;
}
export interface UpdateWorkspaceRequest {
  name?: string;
  description?: string | null;
}

interface RequestOptions {
  body?: unknown;
  /** The map version the edit was made against; a stale one answers 409 VERSION_CONFLICT. */
  ifMatch?: number;
}

/**
 * A small typed client for the MarketOps HTTP API. Every JSON answer is parsed with the shared
 * contract schema, so a server/web drift throws an ApiError of kind `contract`.
 *
 * @example
 * const api = createApiClient();
 * const map = await api.getOrgMap('company-b');
 */
export function createApiClient(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  async function call<T>(method: string, path: string, parser: Parser<T>, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = String(options.ifMatch);
    if (method !== 'GET') forgetEarlyResponses();
    const early = method === 'GET' && baseUrl === '' ? takeEarlyResponse(path) : undefined;
    let response: Response;
    try {
      response = await (early ??
        fetchImpl(`${baseUrl}${path}`, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
        }));
    } catch (error) {
      throw new ApiError('network', 0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await errorFromResponse(response);
    const text = await response.text();
    try {
      // Why: DELETE may answer 204 or an empty 200; only a non-empty body is JSON.
      const data: unknown = text ? JSON.parse(text) : null;
      return parser.parse(data);
    } catch (error) {
      throw contractError(path, error);
    }
  }

  /**
   * A GET's answer from an early response that has already arrived (`peekEarlyJson`), checked with
   * its schema, for a query's initial data; undefined when there is none (or it does not pass: the
   * query then asks, and meets the problem as any answer would).
   */
  function early<T>(path: string, parser: Parser<T>): T | undefined {
    if (baseUrl !== '') return undefined;
    const json = peekEarlyJson(path);
    if (json === undefined) return undefined;
    try {
      return parser.parse(json.value);
    } catch {
      return undefined;
    }
  }

  const ws = paths.workspace;
  const dept = paths.department;
  const centre = (id: string, centreId: string) => `${ws(id)}/centres/${seg(centreId)}`;
  const none: Parser<null> = { parse: () => null };

  return {
    /** The first screen's answers when they arrived before the application asked (initial data of its queries). */
    early: {
      catalog: (): CatalogResponse | undefined => early(paths.catalog, CatalogResponseSchema),
      workspaces: (): WorkspaceSummaryDto[] | undefined => early(paths.workspaces, list(WorkspaceSummarySchema)),
      orgMap: (id: string): OrgMapResponse | undefined => early(paths.workspace(id), OrgMapResponseSchema),
      settings: (id: string): WorkspaceSettingsDto | undefined => early(paths.settings(id), WorkspaceSettingsSchema),
      hasEvents: (id: string): boolean | undefined => {
        const answer = early(paths.eventCount(id), EventCountSchema);
        return answer === undefined ? undefined : answer.count > 0;
      },
      metrics: (): MetricDefinitionDto[] | undefined => early(paths.metrics, list(MetricDefinitionSchema)),
      metricValues: (id: string, metricIds: readonly string[], q: Omit<MetricValueQuery, 'interval'>): MetricValuesDto | undefined =>
        early(paths.metricValues(id, metricIds, q), MetricValuesResponseSchema),
      departmentKpis: (id: string, departmentId: string, q: Omit<MetricValueQuery, 'interval'>): DepartmentKpisDto | undefined =>
        early(paths.departmentKpis(id, departmentId, q), DepartmentKpisResponseSchema),
    },
    getCatalog: (): Promise<CatalogResponse> => call('GET', paths.catalog, CatalogResponseSchema),
    listTemplates: (): Promise<TemplateSummaryDto[]> => call('GET', '/api/templates', list(TemplateSummarySchema)),
    listWorkspaces: (): Promise<WorkspaceSummaryDto[]> => call('GET', paths.workspaces, list(WorkspaceSummarySchema)),
    createWorkspace: (body: CreateWorkspaceRequest): Promise<OrgMapResponse> =>
      call('POST', '/api/workspaces', OrgMapResponseSchema, { body }),
    getOrgMap: (id: string): Promise<OrgMapResponse> => call('GET', paths.workspace(id), OrgMapResponseSchema),
    updateWorkspace: (id: string, body: UpdateWorkspaceRequest, ifMatch?: number): Promise<OrgMapResponse> =>
      call('PATCH', ws(id), OrgMapResponseSchema, { body, ifMatch }),
    deleteWorkspace: (id: string, ifMatch?: number): Promise<null> => call('DELETE', ws(id), none, { ifMatch }),
    getCheck: (id: string): Promise<CheckResponse> => call('GET', `${ws(id)}/check`, CheckResponseSchema),
    getSettings: (id: string): Promise<WorkspaceSettingsDto> => call('GET', paths.settings(id), WorkspaceSettingsSchema),
    putSettings: (id: string, body: WorkspaceSettingsDto): Promise<WorkspaceSettingsDto> => call('PUT', `${ws(id)}/settings`, WorkspaceSettingsSchema, { body }),
    getMetricSettings: (id: string): Promise<MetricSettingsDto> => call('GET', `${ws(id)}/metric-settings`, MetricSettingsSchema),
    putMetricSettings: (id: string, body: MetricSettingsDto): Promise<MetricSettingsDto> => call('PUT', `${ws(id)}/metric-settings`, MetricSettingsSchema, { body }),
    getChannelRules: (id: string): Promise<ChannelRulesView> => call('GET', `${ws(id)}/channel-rules`, ChannelRulesViewSchema),
    putChannelRules: (id: string, body: ChannelRulesInput): Promise<ChannelRulesView> => call('PUT', `${ws(id)}/channel-rules`, ChannelRulesViewSchema, { body }),
    /** Back to MarketOps' default rules. */
    resetChannelRules: (id: string): Promise<ChannelRulesView> => call('DELETE', `${ws(id)}/channel-rules`, ChannelRulesViewSchema),
    /** Classifies sample traffic sources with a draft rule set (or, without `rules`, the saved one). */
    testChannelRules: (id: string, body: ChannelRulesTestInput): Promise<ChannelRulesTestResult> => call('POST', `${ws(id)}/channel-rules/test`, ChannelRulesTestResultSchema, { body }),
    /** Applies the saved rules to the events already stored (saved rules otherwise apply only to new events). */
    reclassifyChannels: (id: string): Promise<ReclassifyResult> => call('POST', `${ws(id)}/channel-rules/reclassify`, ReclassifyResultSchema),
    listWriteKeys: (id: string): Promise<WriteKeyDto[]> => call('GET', `${ws(id)}/write-keys`, list(WriteKeySchema)),
    createWriteKey: (id: string, label: string): Promise<CreatedWriteKeyDto> => call('POST', `${ws(id)}/write-keys`, CreatedWriteKeySchema, { body: { label } }),
    revokeWriteKey: (id: string, keyId: string): Promise<WriteKeyDto> => call('DELETE', `${ws(id)}/write-keys/${seg(keyId)}`, WriteKeySchema),
    listMetrics: (): Promise<MetricDefinitionDto[]> => call('GET', paths.metrics, list(MetricDefinitionSchema)),
    getMetricValue: (id: string, metricId: string, q: MetricValueQuery): Promise<MetricValueDto> =>
      call('GET', `${ws(id)}/metrics/${seg(metricId)}${queryString({ from: q.from, to: q.to, interval: q.interval, compare: q.compare })}`, MetricValueResponseSchema),
    /** Several metrics for one period in one request (the value-chain overview's yardsticks). */
    getMetricValues: (id: string, metricIds: readonly string[], q: Omit<MetricValueQuery, 'interval'>): Promise<MetricValuesDto> =>
      call('GET', paths.metricValues(id, metricIds, q), MetricValuesResponseSchema),
    getMetricOwner: (id: string, metricId: string): Promise<MetricOwnershipDto> => call('GET', `${ws(id)}/metrics/${seg(metricId)}/owner`, MetricOwnershipSchema),
    getDepartmentKpis: (id: string, departmentId: string, q: Omit<MetricValueQuery, 'interval'>): Promise<DepartmentKpisDto> =>
      call('GET', paths.departmentKpis(id, departmentId, q), DepartmentKpisResponseSchema),
    listTargets: (id: string, metricId?: string): Promise<MetricTargetDto[]> => call('GET', `${ws(id)}/targets${queryString({ metricId })}`, list(MetricTargetSchema)),
    putTarget: (id: string, body: MetricTargetDto): Promise<MetricTargetDto> => call('PUT', `${ws(id)}/targets`, MetricTargetSchema, { body }),
    deleteTarget: (id: string, key: { metricId: string; from: string; to: string }): Promise<null> => call('DELETE', `${ws(id)}/targets${queryString(key)}`, none),
    funnel: (id: string, body: FunnelRequest): Promise<FunnelResultDto> => call('POST', `${ws(id)}/analyses/funnel`, FunnelResultSchema, { body }),
    retention: (id: string, body: RetentionRequest): Promise<RetentionResultDto> => call('POST', `${ws(id)}/analyses/retention`, RetentionResultSchema, { body }),
    attribution: (id: string, body: AttributionRequest): Promise<AttributionResultDto> => call('POST', `${ws(id)}/analyses/attribution`, AttributionResultSchema, { body }),
    reach: (id: string, body: ReachRequest): Promise<ReachResultDto> => call('POST', `${ws(id)}/analyses/reach`, ReachResultSchema, { body }),
    referrals: (id: string, body: ReferralRequest): Promise<ReferralResultDto> => call('POST', `${ws(id)}/analyses/referrals`, ReferralResultSchema, { body }),
    trend: (id: string, body: TrendRequest): Promise<TrendResultDto> => call('POST', `${ws(id)}/analyses/trend`, TrendResultSchema, { body }),
    /** Event names and channels to suggest in analysis forms: the workspace's own first, then the known ones. */
    getNames: (id: string): Promise<WorkspaceNamesDto> => call('GET', `${ws(id)}/names`, WorkspaceNamesSchema),
    /** Whether the workspace has received any event: an empty one shows how to send the first. */
    hasEvents: async (id: string): Promise<boolean> => (await call('GET', paths.eventCount(id), EventCountSchema)).count > 0,
    exportUrl: (id: string, format: ExportFormat): string => `${baseUrl}${ws(id)}/export?format=${format}`,

    createDepartment: (id: string, body: CreateDepartmentRequest, ifMatch?: number): Promise<OrgMapResponse> =>
      call('POST', `${ws(id)}/departments`, OrgMapResponseSchema, { body, ifMatch }),
    updateDepartment: (id: string, departmentId: string, body: UpdateDepartmentRequest, ifMatch?: number): Promise<OrgMapResponse> =>
      call('PATCH', dept(id, departmentId), OrgMapResponseSchema, { body, ifMatch }),
    deleteDepartment: (id: string, departmentId: string, ifMatch?: number): Promise<OrgMapResponse> =>
      call('DELETE', dept(id, departmentId), OrgMapResponseSchema, { ifMatch }),

    createCentre: (id: string, body: CreateCentreRequest, ifMatch?: number): Promise<OrgMapResponse> =>
      call('POST', `${ws(id)}/centres`, OrgMapResponseSchema, { body, ifMatch }),
    updateCentre: (id: string, centreId: string, body: UpdateCentreRequest, ifMatch?: number): Promise<OrgMapResponse> =>
      call('PATCH', centre(id, centreId), OrgMapResponseSchema, { body, ifMatch }),
    deleteCentre: (id: string, centreId: string, ifMatch?: number): Promise<OrgMapResponse> =>
      call('DELETE', centre(id, centreId), OrgMapResponseSchema, { ifMatch }),

    putAssignment: (
      id: string,
      departmentId: string,
      functionId: FunctionIdDto,
      body: PutAssignmentRequest,
      ifMatch?: number,
    ): Promise<OrgMapResponse> =>
      call('PUT', `${dept(id, departmentId)}/assignments/${seg(functionId)}`, OrgMapResponseSchema, { body, ifMatch }),
    deleteAssignment: (id: string, departmentId: string, functionId: FunctionIdDto, ifMatch?: number): Promise<OrgMapResponse> =>
      call('DELETE', `${dept(id, departmentId)}/assignments/${seg(functionId)}`, OrgMapResponseSchema, { ifMatch }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The client the app uses: same origin as the page. */
export const api: ApiClient = createApiClient();
