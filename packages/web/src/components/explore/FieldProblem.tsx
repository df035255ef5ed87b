import { Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './url/common';

/** A form field's problem in the reader's language, tied to the field by `id` (for aria-describedby). */
export function FieldProblem({ error, id }: { error: FieldError | undefined; id: string }) {
  const problem = useFieldProblem();
  const props = problem(error, id);
  if (!props.error) return null;
  return <Input.Error {...props.errorProps}>{props.error}</Input.Error>;
}

/**
 * The `error` and `errorProps` of a Mantine input for a field's problem: the message in the
 * reader's language, announced (`role="alert"`), with the id and test id the explorers use
 * (`problem-<id>`). Mantine points the input's aria-describedby at it and sets aria-invalid.
 */
export function useFieldProblem() {
  const { t } = useTranslation();
  return (error: FieldError | undefined, id: string) =>
    error
      ? {
          error: t(`explore.errors.${error.code}`, { limit: error.limit ?? '' }),
          errorProps: { id, role: 'alert', className: 'explore-problem', 'data-testid': `problem-${id}` },
        }
      : {};
}
