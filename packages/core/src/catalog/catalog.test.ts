import { describe, it, expect } from 'vitest';
import { CATALOG, findFunction, findKpi } from './catalog';
import { LOCALES, type LocalizedText } from '../i18n';
import type { FunctionId, Orientation, StageId } from './types';

// Copied from SYSTEM.md, "Names in four languages": the product must use these words exactly.
const STAGE_NAMES: Record<StageId, LocalizedText> = {
  market: { en: 'Market insight', es: 'Estudio de mercado', ja: '市場', zh: '市场' },
  marketing: { en: 'Marketing', es: 'Marketing', ja: 'マーケティング', zh: '营销' },
  sales: { en: 'Sales', es: 'Ventas', ja: '販売', zh: '销售' },
  service: { en: 'After-sales service', es: 'Servicio posventa', ja: 'アフターサービス', zh: '售后服务' },
  brand: { en: 'Brand', es: 'Marca', ja: 'ブランド', zh: '品牌' },
};

const FUNCTION_NAMES: Partial<Record<FunctionId, LocalizedText>> = {
  brand: { en: 'Brand', es: 'Marca', ja: 'ブランド', zh: '品牌' },
  pr: { en: 'Public relations', es: 'Relaciones públicas', ja: '広報 (PR)', zh: '公关' },
  'marketing-planning': { en: 'Marketing planning', es: 'Planificación de marketing', ja: 'マーケティング企画', zh: '市场策划' },
  'new-media': { en: 'New media', es: 'Nuevos medios', ja: 'ニューメディア', zh: '新媒体' },
  'content-ops': { en: 'Content operations', es: 'Operación de contenido', ja: 'コンテンツ運用', zh: '内容运营' },
  'user-ops': { en: 'User operations', es: 'Operaciones de usuario', ja: 'ユーザー運用', zh: '用户运营' },
  'activity-ops': { en: 'Activity operations', es: 'Operación de eventos', ja: 'イベント運用', zh: '活动运营' },
  'product-ops': { en: 'Product operations', es: 'Operación de producto', ja: 'プロダクト運用', zh: '产品运营' },
  'new-media-ops': { en: 'New-media operations', es: 'Operaciones de nuevos medios', ja: 'ニューメディア運用', zh: '新媒体运营' },
  'app-store-ops': {
    en: 'App-store operations',
    es: 'Operación de tiendas de aplicaciones',
    ja: 'アプリストア運用',
    zh: '应用商店运营',
  },
  'store-ops': { en: 'Store operations', es: 'Operaciones de tienda', ja: 'ストア運用', zh: '商城运营' },
  // The table's sales row names the stage; the function keeps en/es/zh and uses 営業 (see sales.ts).
  sales: { en: 'Sales', es: 'Ventas', ja: '営業', zh: '销售' },
  'after-sales': { en: 'After-sales service', es: 'Servicio posventa', ja: 'アフターサービス', zh: '售后服务' },
};

const BRAND_CYCLE_NAME: LocalizedText = {
  en: '9+1 brand marketing cycle',
  es: 'Sistema de ciclo "9+1"',
  ja: '9+1 ブランドマーケティングサイクル',
  zh: '9+1 品牌营销循环',
};

// Fixed by the brief: other code and tests depend on these placements.
const PLACEMENT: Record<FunctionId, { stage: StageId; orientation: Orientation }> = {
  'market-research': { stage: 'market', orientation: 'strategic' },
  brand: { stage: 'brand', orientation: 'strategic' },
  pr: { stage: 'marketing', orientation: 'awareness' },
  'marketing-planning': { stage: 'marketing', orientation: 'awareness' },
  'new-media': { stage: 'marketing', orientation: 'awareness' },
  'content-ops': { stage: 'service', orientation: 'conversion' },
  'user-ops': { stage: 'service', orientation: 'retention' },
  'activity-ops': { stage: 'service', orientation: 'conversion' },
  'product-ops': { stage: 'service', orientation: 'conversion' },
  'new-media-ops': { stage: 'service', orientation: 'conversion' },
  'app-store-ops': { stage: 'service', orientation: 'conversion' },
  'store-ops': { stage: 'service', orientation: 'conversion' },
  sales: { stage: 'sales', orientation: 'conversion' },
  'after-sales': { stage: 'service', orientation: 'retention' },
};

// Hiragana, katakana, CJK ideographs (incl. extension A): a forgotten English copy has none.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === LOCALES.length && [...LOCALES].sort().every((l, i) => keys[i] === l);
}

/** Every LocalizedText in the tree, with a path for readable failures. */
function collectTexts(value: unknown, path: string, out: Array<{ path: string; text: LocalizedText }>): typeof out {
  if (isLocalizedText(value)) {
    out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) collectTexts(child, `${path}.${key}`, out);
  }
  return out;
}

const allKpis = CATALOG.functions.flatMap((fn) => fn.kpis);
const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('catalog ids', () => {
  it('has unique function, KPI, stage, orientation and step ids', () => {
    expect(duplicates(CATALOG.functions.map((f) => f.id))).toEqual([]);
    expect(duplicates(allKpis.map((k) => k.id))).toEqual([]);
    expect(duplicates(CATALOG.stages.map((s) => s.id))).toEqual([]);
    expect(duplicates(CATALOG.orientations.map((o) => o.id))).toEqual([]);
    for (const playbook of CATALOG.playbooks) expect(duplicates(playbook.steps.map((s) => s.id))).toEqual([]);
  });

  it('lists the 14 functions in the canonical order', () => {
    expect(CATALOG.functions.map((f) => f.id)).toEqual(Object.keys(PLACEMENT));
  });

  it('prefixes every KPI id with its function id', () => {
    for (const fn of CATALOG.functions) {
      expect(fn.kpis.length, fn.id).toBeGreaterThan(0);
      for (const kpi of fn.kpis) expect(kpi.id.startsWith(`${fn.id}.`), kpi.id).toBe(true);
    }
  });
});

describe('catalog texts', () => {
  const texts = collectTexts(CATALOG, 'CATALOG', []);

  it('finds texts everywhere in the catalog', () => {
    // Why: guards the walker itself; a broken isLocalizedText would make the checks below vacuous.
    const expected =
      CATALOG.stages.length * 4 +
      CATALOG.orientations.length * 2 +
      CATALOG.functions.reduce((n, f) => n + 2 + f.responsibilities.length + f.deliverables.length + f.kpis.length * 2, 0) +
      CATALOG.playbooks.reduce((n, p) => n + 1 + p.steps.length * 3, 0);
    expect(texts.length).toBe(expected);
  });

  it('has every text in all four languages, not copied from one to all', () => {
    for (const { path, text } of texts) {
      for (const locale of LOCALES) expect(text[locale].trim(), `${path}.${locale}`).not.toBe('');
      expect(new Set(LOCALES.map((l) => text[l])).size, path).toBeGreaterThan(1);
    }
  });

  it('writes Japanese and Chinese texts in CJK script', () => {
    for (const { path, text } of texts) {
      expect(text.ja, `${path}.ja`).toMatch(CJK);
      expect(text.zh, `${path}.zh`).toMatch(CJK);
    }
  });

  it('uses the names of SYSTEM.md\'s table', () => {
    for (const stage of CATALOG.stages) expect(stage.name, stage.id).toEqual(STAGE_NAMES[stage.id]);
    for (const fn of CATALOG.functions) {
      const expected = FUNCTION_NAMES[fn.id];
      if (expected) expect(fn.name, fn.id).toEqual(expected);
    }
    expect(CATALOG.playbooks.find((p) => p.id === 'brand-cycle')?.name).toEqual(BRAND_CYCLE_NAME);
  });
});

describe('catalog structure', () => {
  it('places every function on its stage and orientation', () => {
    for (const fn of CATALOG.functions) {
      expect({ stage: fn.stage, orientation: fn.orientation }, fn.id).toEqual(PLACEMENT[fn.id]);
    }
  });

  it('orders the chain 1..4 with brand cross-cutting at 0', () => {
    const order = Object.fromEntries(CATALOG.stages.map((s) => [s.id, [s.order, s.crossCutting]]));
    expect(order).toEqual({
      market: [1, false],
      marketing: [2, false],
      sales: [3, false],
      service: [4, false],
      brand: [0, true],
    });
  });

  it('gives every function 3-7 responsibilities and 2-5 deliverables', () => {
    for (const fn of CATALOG.functions) {
      expect(fn.responsibilities.length, fn.id).toBeGreaterThanOrEqual(3);
      expect(fn.responsibilities.length, fn.id).toBeLessThanOrEqual(7);
      expect(fn.deliverables.length, fn.id).toBeGreaterThanOrEqual(2);
      expect(fn.deliverables.length, fn.id).toBeLessThanOrEqual(5);
    }
  });

  it('points rank and cost KPIs the right way', () => {
    for (const kpi of allKpis) {
      if (kpi.unit === 'rank' || kpi.unit === 'currency-per-person') expect(kpi.direction, kpi.id).toBe('lower-is-better');
    }
    expect(findKpi('marketing-planning.cost-per-contact')?.kpi.direction).toBe('lower-is-better');
    expect(findKpi('sales.transaction-rate')?.kpi.unit).toBe('ratio');
    expect(findKpi('after-sales.nps')?.kpi.unit).toBe('score');
  });

  it('has the brand cycle steps 1..10 in order, ending with the loop', () => {
    const steps = CATALOG.playbooks.find((p) => p.id === 'brand-cycle')?.steps ?? [];
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.map((s) => s.id)).toEqual([
      'tell-stories',
      'distribute-information',
      'build-channels',
      'play-in-circles',
      'product-upgrade',
      'event-marketing',
      'launch-a-call',
      'integrated-marketing',
      'brand-upgrade',
      'cycle',
    ]);
  });
});

describe('lookups', () => {
  it('finds functions and KPIs by id', () => {
    expect(findFunction('new-media')?.name.ja).toBe('ニューメディア');
    expect(findFunction('self-media')).toBeUndefined();
    expect(findKpi('after-sales.nps')?.fn.id).toBe('after-sales');
    expect(findKpi('after-sales.nope')).toBeUndefined();
    for (const kpi of allKpis) expect(findKpi(kpi.id)?.kpi).toBe(kpi);
  });
});
