import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '@marketops/contracts';
import type { MetricDefinitionDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  metrics: readonly MetricDefinitionDto[];
  catalog: CatalogResponse;
  value: string;
  onChange: (metricId: string) => void;
}

/** The metrics by function (in the value chain's order), named in the reader's language. */
export function MetricSelect({ metrics, catalog, value, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const order = new Map(catalog.functions.map((f, index) => [f.id as string, index]));
  const functionName = new Map(catalog.functions.map((f) => [f.id as string, pick(f.name)]));
  const groups = new Map<string, MetricDefinitionDto[]>();
  for (const metric of metrics) groups.set(metric.functionId, [...(groups.get(metric.functionId) ?? []), metric]);
  const sorted = [...groups.entries()].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return (
    <NativeSelect className="explore-metric" label={t('explore.trend.metric')} value={value} onChange={(e) => onChange(e.target.value)} data-testid="trend-metric">
        {sorted.map(([functionId, list]) => (
          <optgroup key={functionId} label={functionName.get(functionId) ?? functionId}>
            {list.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {pick(metric.name)}
              </option>
            ))}
          </optgroup>
        ))}
    </NativeSelect>
  );
}
