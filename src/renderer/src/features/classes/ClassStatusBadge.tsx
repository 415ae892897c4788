import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassStatus } from '@shared/domain';

const COLOURS: Record<ClassStatus, MantineColor> = {
  planned: 'gray',
  open: 'teal',
  running: 'blue',
  finished: 'indigo',
  closed: 'dark',
};

export function ClassStatusBadge({ status }: { status: ClassStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" miw="max-content">
      {t(`classStatus.${status}`)}
    </Badge>
  );
}
