import { useTranslation } from 'react-i18next';
import type { MetricOwnershipDto } from '../../api/client';

/** Who answers for the metric: its one accountable department, or the gap or overlap when there is not exactly one. */
export function MetricOwner({ owner }: { owner: MetricOwnershipDto }) {
  const { t } = useTranslation();
  const names = (list: readonly { name: string }[]) => list.map((d) => d.name).join(', ');
  const text =
    owner.status === 'owned'
      ? t('explore.trend.owned', { department: names(owner.accountable) })
      : owner.status === 'shared'
        ? t('explore.trend.shared', { departments: names(owner.accountable) })
        : t('explore.trend.unowned');
  return (
    <p className={`explore-owner owner-${owner.status}`} data-testid="metric-owner" data-status={owner.status}>
      <span className="explore-owner-label">{t('explore.trend.owner')}</span> {text}
      {owner.contributing.length > 0 && <span className="muted"> · {t('explore.trend.contributing', { departments: names(owner.contributing) })}</span>}
    </p>
  );
}
