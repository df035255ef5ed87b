import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDto } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';

/** A function's KPIs: name, unit, direction and definition in the current language. */
export function KpiTable({ kpis }: { kpis: readonly KpiDto[] }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <Table className="kpi-table" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('kpis.kpi')}</Table.Th>
          <Table.Th scope="col">{t('kpis.unit')}</Table.Th>
          <Table.Th scope="col">{t('kpis.direction')}</Table.Th>
          <Table.Th scope="col">{t('kpis.definition')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {kpis.map((kpi) => (
          <Table.Tr key={kpi.id} data-testid={`kpi-${kpi.id}`}>
            <Table.Th scope="row">{pick(kpi.name)}</Table.Th>
            <Table.Td className="nowrap">{t(`unit.${kpi.unit}`)}</Table.Td>
            <Table.Td className="nowrap">{t(`direction.${kpi.direction}`)}</Table.Td>
            <Table.Td className="definition">{pick(kpi.definition)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
