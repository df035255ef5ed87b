import { useTranslation } from 'react-i18next';
import type { KpiDto } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';

/** A function's KPIs: name, unit, direction and definition in the current language. */
export function KpiTable({ kpis }: { kpis: readonly KpiDto[] }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <table className="kpi-table">
      <thead>
        <tr>
          <th scope="col">{t('kpis.kpi')}</th>
          <th scope="col">{t('kpis.unit')}</th>
          <th scope="col">{t('kpis.direction')}</th>
          <th scope="col">{t('kpis.definition')}</th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi) => (
          <tr key={kpi.id} data-testid={`kpi-${kpi.id}`}>
            <th scope="row">{pick(kpi.name)}</th>
            <td className="nowrap">{t(`unit.${kpi.unit}`)}</td>
            <td className="nowrap">{t(`direction.${kpi.direction}`)}</td>
            <td className="definition">{pick(kpi.definition)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
