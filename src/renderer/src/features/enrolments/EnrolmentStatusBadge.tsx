import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '@shared/domain';

const COLOURS: Record<EnrolmentStatus, MantineColor> = {
  registered: 'blue',
  accepted: 'teal',
  reserve: 'yellow',
  rejected: 'red',
  reregistered: 'cyan',
  in_training: 'indigo',
  graduated: 'green',
  not_competent: 'orange',
  dropped_out: 'gray',
  withdrawn: 'gray',
};

/** The status in words; a reserve shows its place in line. */
export function EnrolmentStatusBadge({
  status,
  rank,
  size = 'md',
}: {
  status: EnrolmentStatus;
  rank?: number | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const label = status === 'reserve' && rank ? t('reserveWithRank', { rank }) : t(`enrolmentStatus.${status}`);
  return (
    <Badge color={COLOURS[status]} variant="light" size={size}>
      {label}
    </Badge>
  );
}
