import { useTranslation } from 'react-i18next';
import type { FieldError } from './url/common';

/** A form field's problem in the reader's language, tied to the field by `id` (for aria-describedby). */
export function FieldProblem({ error, id }: { error: FieldError | undefined; id: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span className="field-problem explore-problem" id={id} role="alert" data-testid={`problem-${id}`}>
      {t(`explore.errors.${error.code}`, { limit: error.limit ?? '' })}
    </span>
  );
}
