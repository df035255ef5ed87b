import type { ReactNode } from 'react';
import { Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';

interface Props<T> {
  query: UseQueryResult<T>;
  /** True when the answer has nothing to draw: a note replaces the chart and table. */
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/**
 * An analysis's answer with its states: loading, the server's refusal (reason and issue paths,
 * with a retry), nothing to show, or the result. While a changed request computes, the previous
 * answer stays, marked as updating; `data-state` says which, for tests and assistive tech.
 */
export function ResultArea<T>({ query, isEmpty, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.error) return <ErrorNotice error={query.error} action="load" onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading />;
  const updating = query.isFetching;
  return (
    <div className="explore-result" data-testid="explore-result" data-state={updating ? 'updating' : 'ready'} aria-busy={updating}>
      {updating && (
        <Group gap={6} className="explore-updating muted small" role="status">
          <Loader size={12} aria-hidden="true" />
          <span>{t('app.updating')}</span>
        </Group>
      )}
      {isEmpty(query.data) ? <p className="empty" data-testid="explore-empty">{t('explore.noData')}</p> : children(query.data)}
    </div>
  );
}
