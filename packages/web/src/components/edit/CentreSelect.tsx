import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CentreDto } from '@marketops/contracts';

interface Props {
  label: string;
  centres: readonly CentreDto[];
  value: string;
  onChange: (value: string) => void;
  /** A centre that cannot be chosen (a centre cannot be its own parent). */
  exclude?: string;
  testId?: string;
}

/** Picks a centre, or none (empty string). */
export function CentreSelect({ label, centres, value, onChange, exclude, testId }: Props) {
  const { t } = useTranslation();
  return (
    <NativeSelect label={label} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{t('field.noCentre')}</option>
      {centres
        .filter((c) => c.id !== exclude)
        .map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
    </NativeSelect>
  );
}
