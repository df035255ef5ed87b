import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';
import type { Highlights, StageGroup } from '../../state/model';

interface Props {
  groups: readonly StageGroup[];
  catalog: CatalogResponse;
  highlights: Highlights;
}

/** Two header rows: value-chain stages, then functions with their orientation and findings. */
export function MatrixHead({ groups, catalog, highlights }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const orientationName = new Map(catalog.orientations.map((o) => [o.id, o.name]));
  return (
    <thead>
      <tr className="stage-row">
        <th scope="col" rowSpan={2} className="corner">
          {t('common.department')}
        </th>
        {groups.map(({ stage, functions }) => (
          <th key={stage.id} scope="colgroup" colSpan={functions.length} className="stage-head" title={pick(stage.yardstick)}>
            <span className="stage-name">{pick(stage.name)}</span>
            <span className="stage-metaphor">{pick(stage.metaphor)}</span>
          </th>
        ))}
      </tr>
      <tr className="function-row">
        {groups.flatMap(({ functions }) =>
          functions.map((fn) => {
            const gap = highlights.gaps.has(fn.id);
            const overlap = highlights.overlaps.has(fn.id);
            const orientation = orientationName.get(fn.orientation);
            return (
              <th
                key={fn.id}
                scope="col"
                className={`function-head orient-${fn.orientation}${gap ? ' is-gap' : ''}${overlap ? ' is-overlap' : ''}`}
                data-testid={`function-head-${fn.id}`}
                title={pick(fn.summary)}
              >
                <span className="function-name">{pick(fn.name)}</span>
                <span className="orientation-tag">{orientation ? pick(orientation) : fn.orientation}</span>
                {gap && (
                  <Badge size="sm" color="amber" className="finding-badge" data-testid={`gap-marker-${fn.id}`}>
                    <span aria-hidden="true">∅ </span>
                    {t('matrix.gapMarker')}
                  </Badge>
                )}
                {overlap && (
                  <Badge size="sm" color="red" className="finding-badge" data-testid={`overlap-head-${fn.id}`}>
                    <span aria-hidden="true">⚠ </span>
                    {t('matrix.overlapMarker')}
                  </Badge>
                )}
              </th>
            );
          }),
        )}
      </tr>
    </thead>
  );
}
