import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CertificateState } from '@shared/instructors';
import { useFormatDate } from '../../lib/dates';

const COLOURS: Record<CertificateState, string> = {
  valid: 'teal',
  expiring: 'yellow',
  expired: 'red',
  missing: 'gray',
};

const ICONS = {
  valid: IconCircleCheck,
  expiring: IconAlertTriangle,
  expired: IconCircleX,
  missing: IconCircleDashed,
} as const;

interface Props {
  state: CertificateState;
  daysLeft: number | null;
  expiresOn: string | null;
}

/** A certificate's state in one coloured word: the clerk sees a problem without reading dates. */
export function CertificateBadge({ state, daysLeft, expiresOn }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const Icon = ICONS[state];
  const text =
    state === 'expiring'
      ? t('instructorCert.expiringIn', { count: Math.max(daysLeft ?? 0, 0) })
      : state === 'expired'
        ? t('instructorCert.expired')
        : state === 'missing'
          ? t('instructorCert.missing')
          : t('instructorCert.valid');
  const badge = (
    <Badge
      color={COLOURS[state]}
      variant={state === 'missing' ? 'outline' : 'light'}
      leftSection={<Icon size={14} />}
      styles={{ label: { textTransform: 'none' } }}
      data-state={state}
    >
      {text}
    </Badge>
  );
  return expiresOn ? (
    <Tooltip label={t('instructorCert.until', { date: formatDate(expiresOn) })}>{badge}</Tooltip>
  ) : (
    badge
  );
}
