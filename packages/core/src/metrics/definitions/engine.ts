import type { FunctionId, KpiDirection, KpiUnit } from '../../catalog/types';
import type { LocalizedText } from '../../i18n';
import type { MetricDefinition } from '../definition';
import type { Measure } from '../formula';

const PERIOD: LocalizedText = {
  en: " Period: the reporting period in the workspace's time zone.",
  es: ' Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
  ja: '期間：ワークスペースのタイムゾーンでの集計期間。',
  zh: '统计周期：按工作区时区划分的报告周期。',
};

const PERSON_RULE: LocalizedText = {
  en: ' One person: a distinct person after identity resolution (anonymous ids merged into the identified user).',
  es: ' Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado).',
  ja: '1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。',
  zh: '一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。',
};

function join(text: LocalizedText, ...suffixes: LocalizedText[]): LocalizedText {
  const out = { ...text };
  for (const suffix of suffixes) for (const locale of ['en', 'es', 'ja', 'zh'] as const) out[locale] += suffix[locale];
  return out;
}

/**
 * A metric the catalog does not name, defined here in four languages. `people` appends the
 * one-person rule; every definition ends with the period rule, as the catalog's do.
 */
export function engineMetric(spec: {
  id: string;
  functionId: FunctionId;
  unit: KpiUnit;
  direction: KpiDirection;
  name: LocalizedText;
  definition: LocalizedText;
  people?: boolean;
  formula: Measure;
}): MetricDefinition {
  const definition = spec.people === true ? join(spec.definition, PERSON_RULE, PERIOD) : join(spec.definition, PERIOD);
  return { id: spec.id, functionId: spec.functionId, source: 'engine', name: spec.name, definition, unit: spec.unit, direction: spec.direction, formula: spec.formula };
}
