import { useState } from 'react';
import { Button, Group, Popover, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Shown to assistive technology and as the tooltip, e.g. "Delete Brand department". */
  label: string;
  /** The question asked before the action runs. */
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
  text?: string;
  /** The second step's button; "Yes, delete" unless the action is not a deletion. */
  confirmText?: string;
}

/**
 * A destructive action in two steps without a native dialog: the first press opens a small
 * popover that asks, the second (on "Yes, delete") acts; "Cancel", Escape or a click elsewhere
 * backs out.
 */
export function ConfirmButton({ label, question, onConfirm, disabled, testId, text, confirmText }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <Popover opened={asking} onChange={setAsking} trapFocus returnFocus position="bottom-end">
      <Popover.Target>
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          aria-label={label}
          title={label}
          disabled={disabled}
          data-testid={testId}
          onClick={() => setAsking((open) => !open)}
        >
          {text ?? t('action.delete')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="group" aria-label={question} className="confirm">
        <Text size="xs" fw={600} c="red" mb={8} maw={280}>
          {question}
        </Text>
        <Group gap={6} justify="flex-end">
          <Button variant="subtle" size="compact-sm" onClick={() => setAsking(false)}>
            {t('action.cancel')}
          </Button>
          <Button
            color="red"
            size="compact-sm"
            data-autofocus
            data-testid={testId ? `${testId}-confirm` : undefined}
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
          >
            {confirmText ?? t('action.confirmDelete')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
