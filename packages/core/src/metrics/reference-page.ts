import { CATALOG } from '../catalog/catalog';
import type { KpiDirection, KpiUnit } from '../catalog/types';
import type { Locale, LocalizedText } from '../i18n';
import type { MetricDefinition } from './definition';
import { formulaText } from './formula-text';
import { metricReads } from './reads';
import { findMetric, METRICS } from './registry';

const LABELS = {
  title: { en: 'Metric reference', es: 'Referencia de métricas', ja: '指標リファレンス', zh: '指标参考' },
  intro: {
    en: 'Every metric the engine computes, grouped by the function that answers for it. Generated from the definitions; do not edit by hand. The workspace settings a metric reads are set on the Edit map page, with `marketops workspace metric-settings` or `PUT /api/workspaces/{ws}/metric-settings`.',
    es: 'Todas las métricas que calcula el motor, agrupadas por la función que responde de ellas. Generado a partir de las definiciones; no editar a mano. Los ajustes del espacio de trabajo que lee una métrica se fijan en la página «Editar el mapa», con `marketops workspace metric-settings` o con `PUT /api/workspaces/{ws}/metric-settings`.',
    ja: 'エンジンが計算するすべての指標を、責任を負う機能ごとにまとめたもの。定義から生成されるため、手で編集しないこと。指標が参照するワークスペース設定は、「マップを編集」ページ、`marketops workspace metric-settings`、または `PUT /api/workspaces/{ws}/metric-settings` で設定する。',
    zh: '引擎计算的全部指标，按对其负责的职能分组。由定义生成，请勿手工编辑。指标读取的工作区设置可在“编辑架构”页面、用 `marketops workspace metric-settings` 或 `PUT /api/workspaces/{ws}/metric-settings` 设置。',
  },
  id: { en: 'Id', es: 'Id', ja: 'ID', zh: 'ID' },
  owner: { en: 'Owner function', es: 'Función responsable', ja: '担当機能', zh: '负责职能' },
  unit: { en: 'Unit', es: 'Unidad', ja: '単位', zh: '单位' },
  direction: { en: 'Direction', es: 'Dirección', ja: '方向', zh: '方向' },
  source: { en: 'Source', es: 'Origen', ja: '出典', zh: '来源' },
  definition: { en: 'Definition', es: 'Definición', ja: '定義', zh: '定义' },
  formula: { en: 'Formula', es: 'Fórmula', ja: '計算式', zh: '公式' },
  reads: { en: 'Reads', es: 'Lee', ja: '読み取るデータ', zh: '读取的数据' },
  calls: { en: 'calls', es: 'llamadas', ja: 'コール', zh: '调用' },
  properties: { en: 'properties', es: 'propiedades', ja: 'プロパティ', zh: '属性' },
  feeds: { en: 'feeds', es: 'fuentes', ja: 'フィード', zh: '数据源' },
  settings: { en: 'workspace settings', es: 'ajustes del espacio de trabajo', ja: 'ワークスペース設定', zh: '工作区设置' },
  metrics: { en: 'metrics', es: 'métricas', ja: '指標', zh: '指标' },
  catalog: { en: 'catalog KPI', es: 'KPI del catálogo', ja: 'カタログのKPI', zh: '目录 KPI' },
  engine: { en: 'engine metric', es: 'métrica del motor', ja: 'エンジンの指標', zh: '引擎指标' },
} satisfies Record<string, LocalizedText>;

const UNITS: Record<KpiUnit, LocalizedText> = {
  count: { en: 'count', es: 'recuento', ja: '件数', zh: '计数' },
  ratio: { en: 'ratio (shown as %)', es: 'proporción (en %)', ja: '比率（%表示）', zh: '比率（以 % 显示）' },
  currency: { en: 'money in the reporting currency', es: 'dinero en la moneda de informe', ja: 'レポート通貨の金額', zh: '报告币种金额' },
  'currency-per-person': { en: 'money per person', es: 'dinero por persona', ja: '1人あたり金額', zh: '人均金额' },
  score: { en: 'score', es: 'puntuación', ja: 'スコア', zh: '分数' },
  rank: { en: 'rank (1 is best)', es: 'posición (1 es la mejor)', ja: '順位（1が最良）', zh: '排名（1 为最佳）' },
  duration: { en: 'seconds', es: 'segundos', ja: '秒', zh: '秒' },
  'per-person': { en: 'per person', es: 'por persona', ja: '1人あたり', zh: '人均' },
};

const DIRECTIONS: Record<KpiDirection, LocalizedText> = {
  'higher-is-better': { en: 'higher is better', es: 'más es mejor', ja: '高いほど良い', zh: '越高越好' },
  'lower-is-better': { en: 'lower is better', es: 'menos es mejor', ja: '低いほど良い', zh: '越低越好' },
};

/** A bold label ending a lead-in: `**Formula:**`, `**公式：**`. */
function lead(label: LocalizedText, locale: Locale): string {
  return `**${label[locale]}${locale === 'ja' || locale === 'zh' ? '：' : ':'}**`;
}

function section(metric: MetricDefinition, locale: Locale, functionName: string): string {
  const reads = metricReads(metric, findMetric);
  const list = (values: readonly string[]): string => values.map((v) => `\`${v}\``).join(', ');
  const readLines = [
    reads.calls.length > 0 ? `- ${LABELS.calls[locale]}: ${list(reads.calls)}` : null,
    reads.properties.length > 0 ? `- ${LABELS.properties[locale]}: ${list(reads.properties)}` : null,
    reads.feeds.length > 0 ? `- ${LABELS.feeds[locale]}: ${list(reads.feeds)}` : null,
    reads.settings.length > 0 ? `- ${LABELS.settings[locale]}: ${list(reads.settings)}` : null,
    reads.metrics.length > 0 ? `- ${LABELS.metrics[locale]}: ${list(reads.metrics)}` : null,
  ].filter((line): line is string => line !== null);
  return [
    `### ${metric.name[locale]}`,
    '',
    `| | |`,
    `|---|---|`,
    `| ${LABELS.id[locale]} | \`${metric.id}\` |`,
    `| ${LABELS.owner[locale]} | ${functionName} (\`${metric.functionId}\`) |`,
    `| ${LABELS.unit[locale]} | ${UNITS[metric.unit][locale]} |`,
    `| ${LABELS.direction[locale]} | ${DIRECTIONS[metric.direction][locale]} |`,
    `| ${LABELS.source[locale]} | ${LABELS[metric.source][locale]} |`,
    '',
    `${lead(LABELS.definition, locale)} ${metric.definition[locale]}`,
    '',
    `${lead(LABELS.formula, locale)} \`${formulaText(metric.formula)}\``,
    '',
    lead(LABELS.reads, locale),
    '',
    ...readLines,
    '',
  ].join('\n');
}

/**
 * The Markdown reference of every metric definition in one language: per function (catalog
 * order), each metric's id, name, owner, unit, direction, definition, formula and what it reads.
 * Pure, so docs and the API serve the same text.
 *
 * @example metricReferencePage('ja').startsWith('# 指標リファレンス') // true
 */
export function metricReferencePage(locale: Locale, metrics: readonly MetricDefinition[] = METRICS): string {
  const parts = [`# ${LABELS.title[locale]}`, '', LABELS.intro[locale], ''];
  for (const fn of CATALOG.functions) {
    const own = metrics.filter((m) => m.functionId === fn.id);
    if (own.length === 0) continue;
    parts.push(`## ${fn.name[locale]}`, '');
    for (const metric of own) parts.push(section(metric, locale, fn.name[locale]));
  }
  return parts.join('\n');
}
