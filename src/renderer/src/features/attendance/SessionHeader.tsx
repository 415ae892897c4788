import { Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AttendanceGridSession } from '@shared/contract';
import { useErrorText } from '../../lib/errors';
import { SignInSheetButton } from './SignInSheetButton';
import type { ColumnSave } from './useAttendanceSaver';

/** Where a column stands: saving, saved, refused, not taken yet, or still to come. */
function ColumnStatus({ session, save, today }: { session: AttendanceGridSession; save?: ColumnSave; today: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (save?.state === 'saving') {
    return (
      <Group gap={4} wrap="nowrap" justify="center">
        <Loader size={12} />
        <Text size="xs">{t('attendance.column.saving')}</Text>
      </Group>
    );
  }
  if (save?.state === 'error') {
    return (
      <Tooltip label={errorText(save.error)} multiline w={260}>
        <Group gap={4} wrap="nowrap" justify="center" c="red.8">
          <IconAlertCircle size={14} />
          <Text size="xs" fw={600}>
            {t('attendance.column.error')}
          </Text>
        </Group>
      </Tooltip>
    );
  }
  if (session.taken) {
    return (
      <Group gap={4} wrap="nowrap" justify="center" c="teal.8">
        <IconCheck size={14} />
        <Text size="xs">{t('attendance.column.saved')}</Text>
      </Group>
    );
  }
  return (
    <Text size="xs" c={session.date > today ? 'dimmed' : 'orange.8'} fw={session.date > today ? 400 : 600}>
      {t(session.date > today ? 'attendance.column.future' : 'attendance.column.notTaken')}
    </Text>
  );
}

export function SessionHeader({
  classId,
  session,
  save,
  today,
}: {
  classId: number;
  session: AttendanceGridSession;
  save?: ColumnSave;
  today: string;
}) {
  const { t } = useTranslation();
  const day = dayjs(session.date);
  return (
    <Stack gap={2} align="center" miw={96}>
      <Text size="xs" c="dimmed" tt="capitalize">
        {day.format('dddd')}
      </Text>
      <Text fw={700} size="sm">
        {day.format('D MMM')}
      </Text>
      <Text size="xs" c="dimmed">
        {session.startTime}–{session.endTime}
      </Text>
      <Text size="xs" c="dimmed">
        {t('attendance.jp', { jp: session.jp })}
      </Text>
      <ColumnStatus session={session} save={save} today={today} />
      <SignInSheetButton
        classId={classId}
        scope={{ kind: 'session', sessionId: session.id }}
        date={session.date}
        compact
      />
    </Stack>
  );
}
