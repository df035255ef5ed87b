import type { Catalog, FunctionDefinition, KpiDefinition } from './types';
import { STAGES } from './stages';
import { ORIENTATIONS } from './orientations';
import { BRAND_CYCLE } from './brand-cycle';
import { marketResearch } from './functions/market-research';
import { brand } from './functions/brand';
import { pr } from './functions/pr';
import { marketingPlanning } from './functions/marketing-planning';
import { newMedia } from './functions/new-media';
import { contentOps } from './functions/content-ops';
import { userOps } from './functions/user-ops';
import { activityOps } from './functions/activity-ops';
import { productOps } from './functions/product-ops';
import { newMediaOps } from './functions/new-media-ops';
import { appStoreOps } from './functions/app-store-ops';
import { storeOps } from './functions/store-ops';
import { sales } from './functions/sales';
import { afterSales } from './functions/after-sales';

/**
 * The canonical model every company is mapped onto: value-chain stages, orientations, the 14
 * functions with their KPIs, and the playbooks. Function order is the display and report order.
 * @example CATALOG.functions.length // 14
 */
export const CATALOG: Catalog = {
  stages: STAGES,
  orientations: ORIENTATIONS,
  functions: [
    marketResearch,
    brand,
    pr,
    marketingPlanning,
    newMedia,
    contentOps,
    userOps,
    activityOps,
    productOps,
    newMediaOps,
    appStoreOps,
    storeOps,
    sales,
    afterSales,
  ],
  playbooks: [BRAND_CYCLE],
};

const functionsById = new Map<string, FunctionDefinition>(CATALOG.functions.map((fn) => [fn.id, fn]));

const kpisById = new Map<string, { fn: FunctionDefinition; kpi: KpiDefinition }>(
  CATALOG.functions.flatMap((fn) => fn.kpis.map((kpi) => [kpi.id, { fn, kpi }] as const)),
);

/**
 * Looks a function up by id; takes any string because ids arrive from files and URLs.
 * @example findFunction('new-media')?.name.ja // 'ニューメディア'
 */
export function findFunction(id: string): FunctionDefinition | undefined {
  return functionsById.get(id);
}

/**
 * Looks a KPI up by its catalog-wide id, with the function that owns it.
 * @example findKpi('after-sales.nps')?.fn.id // 'after-sales'
 */
export function findKpi(id: string): { fn: FunctionDefinition; kpi: KpiDefinition } | undefined {
  return kpisById.get(id);
}
