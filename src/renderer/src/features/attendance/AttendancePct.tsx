import { Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  attendancePct: number | null;
  belowMinimum: boolean;
  /** Even full attendance from now on cannot lift it to the minimum. */
  cannotReachMinimum?: boolean;
  minAttendancePct?: number;
  /** "18 dari 24 JP", under the percentage. */
  jp?: { attended: number; recorded: number };
}

/** A trainee's attendance so far, flagged red below the programme's minimum. */
export function AttendancePct({
  attendancePct,
  belowMinimum,
  cannotReachMinimum = false,
  minAttendancePct,
  jp,
}: Props) {
  const { t } = useTranslation();
  if (attendancePct === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('attendance.noPct')}
      </Text>
    );
  }
  // Plain red words rather than a badge: a badge cuts its text short in a narrow column.
  const flag = belowMinimum ? (
    <Group gap={4} wrap="nowrap" c="red.8">
      <IconAlertTriangle size={14} style={{ flexShrink: 0 }} />
      <Text size="xs" fw={700}>
        {minAttendancePct === undefined
          ? t('attendance.belowMinimumShort')
          : t('attendance.belowMinimum', { min: minAttendancePct })}
      </Text>
    </Group>
  ) : null;
  return (
    <Stack gap={2} align="flex-start">
      <Text fw={700} c={belowMinimum ? 'red.8' : undefined}>
        {t('attendance.pct', { pct: Math.round(attendancePct) })}
      </Text>
      {flag}
      {jp ? (
        <Text size="xs" c="dimmed">
          {t('attendance.jpOf', jp)}
        </Text>
      ) : null}
      {cannotReachMinimum ? (
        <Text size="xs" c="red.8" fw={600}>
          {t('attendance.cannotReach')}
        </Text>
      ) : null}
    </Stack>
  );
}
