import { useMemo } from 'react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttributionRequest, AttributionResultDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import { attributionSankeyOption } from './charts/attributionOption';
import { attributionTable, channelCredits } from './data/attribution';
import type { AttributionTableRow } from './data/attribution';
import { moneyEntries } from './data/money';
import { useMatcherLabel } from './useMatcherLabel';
import { ATTRIBUTION_ROWS } from './url/attribution';
import type { AttributionModel, AttributionRows } from './url/attribution';

interface Props {
  request: AttributionRequest;
  result: AttributionResultDto;
  /** The workspace's reporting currency (null: none set). */
  reportingCurrency: string | null;
  flow: AttributionModel;
  rows: AttributionRows;
  onFlow: (model: AttributionModel) => void;
  onRows: (rows: AttributionRows) => void;
  fileParts: readonly string[];
}

/** Totals, the channel-to-conversion flow of one model, and the credit (conversions and revenue) of every channel under every model. */
export function AttributionResult({ request, result, reportingCurrency, flow, rows, onFlow, onRows, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const matcherLabel = useMatcherLabel();
  const models = result.models.map((m) => m.model);
  const flowModel = models.includes(flow) ? flow : models[0]!;
  const currency = reportingCurrency ?? (Object.keys(result.revenue).length === 1 ? Object.keys(result.revenue)[0]! : null);
  const conversionName = matcherLabel(request.conversion);
  const credits = (value: number) => formatMetricValue(value, 'count', locale);
  const money = (value: number | null, code: string | null) => formatMetricValue(value, 'currency', locale, code ?? undefined);
  const modelName = (model: AttributionModel) => t(`explore.attribution.modelNames.${model}`);

  const option = useMemo(
    () => attributionSankeyOption({ rows: channelCredits(result, flowModel), conversion: conversionName, formatValue: (value) => formatMetricValue(value, 'count', locale) }),
    [result, flowModel, conversionName, locale],
  );
  const table = useMemo(() => attributionTable(result, rows, currency), [result, rows, currency]);

  const columns: Column<AttributionTableRow>[] = [
    { key: 'channel', label: t('explore.attribution.columns.channel'), render: (r) => r.channel, csv: (r) => r.channel },
    ...(rows === 'campaign' ? [{ key: 'campaign', label: t('explore.attribution.columns.campaign'), render: (r: AttributionTableRow) => r.campaign ?? '', csv: (r: AttributionTableRow) => r.campaign }] : []),
    ...models.flatMap((model) => [
      {
        key: `${model}-credits`,
        label: t('explore.attribution.credits', { model: modelName(model) }),
        numeric: true,
        render: (r: AttributionTableRow) => (r.credits[model] ? credits(r.credits[model].conversions) : '—'),
        csv: (r: AttributionTableRow) => r.credits[model]?.conversions ?? null,
      },
      // Why only with one currency: amounts of different currencies never share a column.
      ...(currency
        ? [
            {
              key: `${model}-revenue`,
              label: t('explore.attribution.revenue', { model: modelName(model), currency }),
              numeric: true,
              render: (r: AttributionTableRow) => money(r.credits[model]?.revenue ?? null, currency),
              csv: (r: AttributionTableRow) => r.credits[model]?.revenue ?? null,
            },
          ]
        : []),
    ]),
  ];
  const revenueText = moneyEntries(result.revenue).map(([code, amount]) => money(amount, code)).join(' · ') || money(0, currency);
  const removal = result.markov ? Object.entries(result.markov.removalEffects).sort((a, b) => b[1] - a[1]) : [];

  return (
    <>
      <p className="explore-summary" data-testid="attribution-summary">
        {t('explore.attribution.summary', { conversions: credits(result.conversions), revenue: revenueText })}
      </p>
      <div className="explore-fields">
        <NativeSelect label={t('explore.attribution.flow')} value={flowModel} onChange={(e) => onFlow(e.target.value as AttributionModel)} data-testid="attribution-flow">
          {models.map((model) => (
            <option key={model} value={model}>
              {modelName(model)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect label={t('explore.attribution.rows')} value={rows} onChange={(e) => onRows(e.target.value as AttributionRows)} data-testid="attribution-rows">
          {ATTRIBUTION_ROWS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`explore.attribution.rowsChoice.${choice}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="explore-chart" data-testid="chart-data" data-values={channelCredits(result, flowModel).map((r) => `${r.channel}:${r.conversions}`).join(',')}>
        <Chart option={option} title={t('explore.attribution.chart', { model: modelName(flowModel) })} fileParts={fileParts} height={Math.max(300, 34 * channelCredits(result, flowModel).filter((r) => r.conversions > 0).length)} testId="explore-chart" />
      </div>
      <div className="explore-wide-table">
        <DataTable columns={columns} rows={table} rowKey={(r) => `${r.channel}\u0000${r.campaign ?? ''}`} title={t('explore.attribution.table')} fileParts={fileParts} testId="explore-table" />
      </div>
      {result.markov && (
        <>
          <p className="muted small">{t('explore.attribution.markov', { probability: formatMetricValue(result.markov.conversionProbability, 'ratio', locale) })}</p>
          <DataTable
            columns={[
              { key: 'channel', label: t('explore.attribution.columns.channel'), render: (r: [string, number]) => r[0], csv: (r: [string, number]) => r[0] },
              { key: 'effect', label: t('explore.attribution.removalEffect'), numeric: true, render: (r: [string, number]) => formatMetricValue(r[1], 'ratio', locale), csv: (r: [string, number]) => r[1] },
            ]}
            rows={removal}
            rowKey={(r) => r[0]}
            title={t('explore.attribution.markovTable')}
            fileParts={fileParts}
            testId="markov-table"
          />
        </>
      )}
    </>
  );
}
