import type { ReactNode } from 'react';
import { Badge, CloseButton } from '@mantine/core';

interface Props {
  children: ReactNode;
  /** The remove button's accessible name, e.g. "Remove filter channel is Direct". */
  removeLabel: string;
  onRemove: () => void;
  testId?: string;
  removeTestId?: string;
}

/** A filter or mapping shown as a chip, with a button that removes it. */
export function RemovableChip({ children, removeLabel, onRemove, testId, removeTestId }: Props) {
  return (
    <li className="filter-chip" data-testid={testId}>
      <Badge
        variant="light"
        size="lg"
        className="filter-chip-badge"
        rightSection={<CloseButton size="xs" radius="xl" aria-label={removeLabel} title={removeLabel} onClick={onRemove} data-testid={removeTestId} />}
      >
        {children}
      </Badge>
    </li>
  );
}
