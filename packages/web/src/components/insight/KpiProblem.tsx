import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import { isMissingCurrency } from './numbers';

interface Props {
  workspaceId: string;
  problem: { code: string; message: string; issues?: readonly { path: string }[] };
  testId?: string;
}

/**
 * Why a number cannot be computed, and what to do about it. A missing reporting currency is a
 * setting away, so it says which one and links to the settings on the Edit map page; anything
 * else shows the server's reason.
 */
export function KpiProblem({ workspaceId, problem, testId }: Props) {
  const { t } = useTranslation();
  if (isMissingCurrency(problem)) return <CurrencyProblem workspaceId={workspaceId} testId={testId} />;
  return (
    <p className="kpi-problem" role="note" data-testid={testId} data-problem={problem.code}>
      {t('dashboards.problem.other', { message: problem.message })}
    </p>
  );
}

/** A money number without a reporting currency: which setting to set, and a link to it. */
export function CurrencyProblem({ workspaceId, testId }: { workspaceId: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="kpi-problem" role="note" data-testid={testId} data-problem="currency">
      {t('dashboards.problem.currency')} <Link href={workspacePath(workspaceId, 'edit')}>{t('dashboards.problem.openSettings')}</Link>
    </p>
  );
}
