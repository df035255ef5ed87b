import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResponse } from '@marketops/contracts';
import type { Names } from '../../state/names';
import { Loading } from '../common/Loading';

interface Props {
  check: CheckResponse | undefined;
  names: Names;
}

function Section({ title, testId, empty, children }: { title: string; testId: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="finding-section" data-testid={testId}>
      <h3>{title}</h3>
      {children.length === 0 ? <p className="muted small">{empty}</p> : <ul className="finding-list">{children}</ul>}
    </section>
  );
}

/** The responsibility check's findings: gaps, overlaps, mixed departments and aliases. */
export function FindingsPanel({ check, names }: Props) {
  const { t } = useTranslation();
  const list = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join(t('common.listSeparator'));
  return (
    <section className="findings" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title" className="section-title">
        {t('findings.title')}
      </h2>
      {!check ? (
        <Loading />
      ) : (
        <div className="finding-columns">
          <Section title={t('findings.gapsTitle')} testId="findings-gaps" empty={t('findings.gapsNone')}>
            {check.gaps.map((gap) => (
              <li key={gap.functionId} className="finding finding-gap">
                <span className="finding-icon" aria-hidden="true">∅</span>
                <div>
                  <strong>{names.fn(gap.functionId)}</strong>
                  <p className="small muted">
                    {gap.contributors.length > 0
                      ? t('findings.contributors', { list: list(gap.contributors, names.department) })
                      : t('findings.noContributors')}
                  </p>
                </div>
              </li>
            ))}
          </Section>
          <Section title={t('findings.overlapsTitle')} testId="findings-overlaps" empty={t('findings.overlapsNone')}>
            {check.overlaps.map((overlap) => (
              <li key={overlap.functionId} className="finding finding-overlap">
                <span className="finding-icon" aria-hidden="true">⚠</span>
                <div>
                  <strong>{names.fn(overlap.functionId)}</strong>
                  <p className="small">{t('findings.accountableList', { list: list(overlap.departmentIds, names.department) })}</p>
                </div>
              </li>
            ))}
          </Section>
          <Section title={t('findings.mixedTitle')} testId="findings-mixed" empty={t('findings.mixedNone')}>
            {check.mixed.map((mixed) => (
              <li key={mixed.departmentId} className="finding finding-mixed">
                <span className="finding-icon" aria-hidden="true">⇄</span>
                <div>
                  <strong>{names.department(mixed.departmentId)}</strong>
                  <p className="small">
                    <span className="orient-dot orient-awareness" aria-hidden="true" />
                    {t('findings.awarenessSide', { list: list(mixed.awareness, names.fn) })}
                  </p>
                  <p className="small">
                    <span className="orient-dot orient-conversion" aria-hidden="true" />
                    {t('findings.conversionSide', { list: list(mixed.conversion, names.fn) })}
                  </p>
                </div>
              </li>
            ))}
          </Section>
          <Section title={t('findings.aliasesTitle')} testId="findings-aliases" empty={t('findings.aliasesNone')}>
            {check.aliases.map((alias) => (
              <li key={`${alias.departmentId}-${alias.functionId}`} className="finding finding-alias">
                <span className="finding-icon" aria-hidden="true">*</span>
                <div className="small">
                  {t('findings.alias', {
                    label: alias.label,
                    function: names.fn(alias.functionId),
                    department: names.department(alias.departmentId),
                  })}
                </div>
              </li>
            ))}
          </Section>
        </div>
      )}
    </section>
  );
}
