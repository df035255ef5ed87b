import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';

/**
 * Explains the cell letters, the gap and overlap markers, and the orientation colours. The org
 * chart shows no gap columns, so it leaves that entry out.
 */
export function MatrixLegend({ catalog, showGap = true }: { catalog: CatalogResponse; showGap?: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title" className="legend-title">
        {t('matrix.legend')}
      </h3>
      <ul className="legend-items">
        <li>
          <span className="legend-swatch cell-accountable">{t('role.abbrAccountable')}</span>
          {t('matrix.legendAccountable')}
        </li>
        <li>
          <span className="legend-swatch cell-contributing">{t('role.abbrContributing')}</span>
          {t('matrix.legendContributing')}
        </li>
        {showGap && (
          <li>
            <span className="legend-swatch cell-gap">∅</span>
            {t('matrix.legendGap')}
          </li>
        )}
        <li>
          <span className="legend-swatch cell-overlap">⚠</span>
          {t('matrix.legendOverlap')}
        </li>
        <li>
          <span className="legend-swatch">*</span>
          {t('matrix.legendAlias')}
        </li>
      </ul>
      <p className="legend-subtitle">{t('matrix.legendOrientation')}</p>
      <ul className="legend-items legend-orientations">
        {catalog.orientations.map((o) => (
          <li key={o.id} title={pick(o.description)}>
            <span className={`legend-bar orient-${o.id}`} aria-hidden="true" />
            {pick(o.name)}
          </li>
        ))}
      </ul>
    </section>
  );
}
