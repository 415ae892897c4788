import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowStatus } from '@shared/contract/imports';

export const STATUS_COLOR: Record<ImportRowStatus, MantineColor> = {
  new: 'teal',
  update: 'blue',
  unchanged: 'gray',
  exists: 'gray',
  invalid: 'red',
};

/** A row's fate in words, the same colour in the counts and in the table. */
export function StatusBadge({ status, count }: { status: ImportRowStatus; count?: number }) {
  const { t } = useTranslation();
  const label = t(`imports.preview.status.${status}`);
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={count === 0 ? 'outline' : 'light'}
      size={count === undefined ? 'md' : 'lg'}
      // The whole word, never "Ada kesalah…": the badge is the row's answer.
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { textTransform: 'none', overflow: 'visible' } }}
    >
      {count === undefined ? label : `${label}: ${count}`}
    </Badge>
  );
}
