import { useTranslation } from 'react-i18next';
import type { CheckResponse } from '@marketops/contracts';

type Summary = CheckResponse['summary'];

const COUNTS = [
  { key: 'functions', label: 'findings.functions', tone: '' },
  { key: 'clearlyOwned', label: 'findings.owned', tone: 'good' },
  { key: 'gaps', label: 'findings.gaps', tone: 'gap' },
  { key: 'overlaps', label: 'findings.overlaps', tone: 'overlap' },
  { key: 'mixedDepartments', label: 'findings.mixed', tone: 'mixed' },
] as const;

const TEST_IDS: Record<keyof Summary, string> = {
  functions: 'findings-count-functions',
  clearlyOwned: 'findings-count-owned',
  gaps: 'findings-count-gaps',
  overlaps: 'findings-count-overlaps',
  mixedDepartments: 'findings-count-mixed',
};

/** The check's headline numbers as a compact row of tiles, shown above the matrix. */
export function SummaryCounts({ summary, updating }: { summary: Summary; updating: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="summary-strip" aria-labelledby="summary-title" aria-busy={updating || undefined}>
      <div className="summary-text">
        <h3 id="summary-title">{t('findings.summary')}</h3>
        <p className="muted small">{t('findings.ownedOf', { owned: summary.clearlyOwned, count: summary.functions })}</p>
        {updating && (
          <p className="muted small" role="status">
            {t('app.updating')}
          </p>
        )}
      </div>
      <dl className="summary-counts">
        {COUNTS.map(({ key, label, tone }) => (
          <div key={key} className={`count-tile${tone && summary[key] > 0 ? ` tone-${tone}` : ''}`}>
            <dt>{t(label)}</dt>
            <dd data-testid={TEST_IDS[key]}>{summary[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
