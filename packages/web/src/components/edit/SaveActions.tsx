import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../common/ErrorNotice';

interface Props {
  /** The save mutation: pending while it runs, its error shown with the server's reason. */
  save: { isPending: boolean; error: unknown; reset: () => void };
  /** A field is invalid: nothing is sent. */
  invalid: boolean;
  /** The last save succeeded (cleared when the next one starts). */
  saved: boolean;
  /** Prefix of the test ids: `<prefix>-save`, `<prefix>-saved`. */
  testId: string;
}

/** The save button, its "saved" status and the server's refusal, shared by the settings forms. */
export function SaveActions({ save, invalid, saved, testId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap={8} className="form-actions">
        <Button type="submit" disabled={save.isPending || invalid} data-testid={`${testId}-save`}>
          {save.isPending ? t('app.saving') : t('action.save')}
        </Button>
        {saved && (
          <span className="muted small" role="status" data-testid={`${testId}-saved`}>
            {t('edit.saved')}
          </span>
        )}
      </Group>
      {save.error ? <ErrorNotice error={save.error} action="save" onDismiss={() => save.reset()} /> : null}
    </>
  );
}
