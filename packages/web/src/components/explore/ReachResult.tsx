import { useMemo } from 'react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReachResultDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import { reachOption, REACH_CHART_ROWS } from './charts/reachOption';
import { moneyEntries, moneyIn } from './data/money';
import { reachBars, reachCurrency, reachTable } from './data/reach';
import type { ReachTableRow } from './data/reach';
import { REACH_ROWS } from './url/reach';
import type { ReachRows } from './url/reach';

interface Props {
  result: ReachResultDto;
  reportingCurrency: string | null;
  rows: ReachRows;
  onRows: (rows: ReachRows) => void;
  fileParts: readonly string[];
}

/** Reach bars with cost per contact, and the table of reach, touches, frequency, cost and cost per contact with the total. */
export function ReachResult({ result, reportingCurrency, rows, onRows, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const currency = reachCurrency(result, reportingCurrency);
  const count = (value: number) => formatMetricValue(value, 'count', locale);
  const moneyText = (record: Readonly<Record<string, string | null>>) => {
    const entries = moneyEntries(record);
    return entries.length ? entries.map(([code, amount]) => formatMetricValue(amount, 'currency-per-person', locale, code)).join(' · ') : '—';
  };
  const bars = useMemo(() => reachBars(result, rows, currency), [result, rows, currency]);
  const option = useMemo(
    () =>
      reachOption({
        rows: bars,
        names: { reach: t('explore.reach.columns.reach'), costPerContact: t('explore.reach.columns.costPerContact') },
        formatCount: (value) => formatMetricValue(value, 'count', locale),
        formatMoney: (value) => formatMetricValue(value, 'currency-per-person', locale, currency ?? undefined),
      }),
    [bars, currency, locale, t],
  );
  const total = t('explore.reach.total');
  const columns: Column<ReachTableRow>[] = [
    { key: 'name', label: t(`explore.reach.rowsChoice.${rows}`), render: (r) => (r.name === null ? <strong>{total}</strong> : r.name), csv: (r) => r.name ?? total },
    { key: 'reach', label: t('explore.reach.columns.reach'), numeric: true, render: (r) => count(r.reach), csv: (r) => r.reach },
    { key: 'touches', label: t('explore.reach.columns.touches'), numeric: true, render: (r) => count(r.touches), csv: (r) => r.touches },
    { key: 'frequency', label: t('explore.reach.columns.frequency'), numeric: true, render: (r) => formatMetricValue(r.frequency, 'per-person', locale), csv: (r) => r.frequency },
    {
      key: 'cost',
      label: `${t('explore.reach.columns.cost')}${currency ? ` (${currency})` : ''}`,
      numeric: true,
      render: (r) => moneyText(r.cost),
      csv: (r) => (currency ? (moneyIn(r.cost, currency)?.amount ?? null) : moneyText(r.cost)),
    },
    {
      key: 'cpc',
      label: `${t('explore.reach.columns.costPerContact')}${currency ? ` (${currency})` : ''}`,
      numeric: true,
      render: (r) => moneyText(r.costPerContact),
      csv: (r) => (currency ? (moneyIn(r.costPerContact, currency)?.amount ?? null) : moneyText(r.costPerContact)),
    },
  ];
  return (
    <>
      <NativeSelect className="explore-inline-field" label={t('explore.reach.rows')} value={rows} onChange={(e) => onRows(e.target.value as ReachRows)} data-testid="reach-rows">
        {REACH_ROWS.map((choice) => (
          <option key={choice} value={choice}>
            {t(`explore.reach.rowsChoice.${choice}`)}
          </option>
        ))}
      </NativeSelect>
      <div className="explore-chart" data-testid="chart-data" data-values={bars.map((b) => `${b.name}:${b.reach}`).join(',')}>
        <Chart option={option} title={t('explore.reach.chart')} fileParts={fileParts} height={340} testId="explore-chart" />
      </div>
      {bars.length > REACH_CHART_ROWS && <p className="muted small">{t('explore.reach.chartLimit', { n: REACH_CHART_ROWS })}</p>}
      <DataTable columns={columns} rows={reachTable(result, rows)} rowKey={(r) => r.name ?? '\u0000total'} title={t('explore.reach.table')} fileParts={fileParts} testId="explore-table" />
    </>
  );
}
