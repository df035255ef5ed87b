import { Fragment } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import type { Period } from '../analytics/period';
import type { Ownership } from './chain';
import { dashboardHref } from './numbers';

interface Props {
  workspaceId: string;
  owner: Ownership;
  period: Period;
  /** The function's name, for the gap's explanation. */
  functionName: string;
  testId?: string;
}

/**
 * Who answers for a number: the accountable department (a link to its dashboard), both of them
 * marked "shared" when two are accountable, or a "no owner" gap linking to the matrix, where it
 * is fixed.
 */
export function OwnerLine({ workspaceId, owner, period, functionName, testId }: Props) {
  const { t } = useTranslation();
  if (owner.status === 'unowned') {
    return (
      <p className="owner-line owner-unowned" data-testid={testId} data-owner-status="unowned">
        <Badge size="sm" color="amber" className="finding-badge">
          <span aria-hidden="true">∅ </span>
          {t('overview.owner.none')}
        </Badge>{' '}
        <Link href={workspacePath(workspaceId, 'matrix')} className="small" title={t('overview.owner.noneTitle', { function: functionName })}>
          {t('overview.owner.assign')}
        </Link>
      </p>
    );
  }
  return (
    <p className={`owner-line owner-${owner.status}`} data-testid={testId} data-owner-status={owner.status}>
      <span className="muted">{t('overview.owner.label')} </span>
      {owner.accountable.map((dept, index) => (
        <Fragment key={dept.id}>
          {index > 0 && t('common.listSeparator')}
          <Link href={dashboardHref(workspaceId, dept.id, period)} data-testid={testId ? `${testId}-${dept.id}` : undefined}>
            {dept.name}
          </Link>
        </Fragment>
      ))}
      {owner.status === 'shared' && (
        <>
          {' '}
          <Badge size="sm" color="red" className="finding-badge" title={t('overview.owner.sharedTitle', { function: functionName })}>
            <span aria-hidden="true">⚠ </span>
            {t('overview.owner.shared')}
          </Badge>
        </>
      )}
    </p>
  );
}
