import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Inactive places and people stay in the records but are no longer offered for new classes. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'}>
      {active ? t('places.active') : t('places.inactive')}
    </Badge>
  );
}
