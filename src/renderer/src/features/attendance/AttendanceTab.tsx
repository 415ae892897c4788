import { ActionIcon, Alert, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconChevronLeft, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceGrid as Grid, ClassSummary } from '@shared/contract';
import { ATTENDANCE_MARKS } from '@shared/domain';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { todayIso, useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { AttendanceGrid } from './AttendanceGrid';
import { defaultWeekIndex, weeksOf } from './grid';
import { MarkChip } from './MarkChip';
import { useAttendanceGrid } from './queries';
import { SignInSheetButton } from './SignInSheetButton';
import { useAttendanceSaver } from './useAttendanceSaver';

function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-label={t('attendance.legend')} role="list">
      {ATTENDANCE_MARKS.map((mark) => (
        <Group key={mark} gap={6} role="listitem">
          <MarkChip mark={mark} />
          <Text size="sm">{t(`attendance.mark.${mark}`)}</Text>
        </Group>
      ))}
      <Group gap={6} role="listitem">
        <MarkChip mark="H" presumed />
        <Text size="sm" c="dimmed">
          {t('attendance.presumedLegend')}
        </Text>
      </Group>
      <Group gap={6} role="listitem">
        <Text c="dimmed" w={30} ta="center">
          —
        </Text>
        <Text size="sm" c="dimmed">
          {t('attendance.beforeJoining')}
        </Text>
      </Group>
    </Group>
  );
}

function AttendanceView({ klass, grid }: { klass: ClassSummary; grid: Grid }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canSave = useCan('attendance.save');
  const today = todayIso();
  const weeks = useMemo(() => weeksOf(grid.sessions), [grid.sessions]);
  const [chosenWeek, setChosenWeek] = useState<number | null>(null);
  const saver = useAttendanceSaver(klass.id);
  const weekIndex = Math.min(chosenWeek ?? defaultWeekIndex(weeks, today), weeks.length - 1);
  const week = weeks[weekIndex];

  if (!week) return <Text c="dimmed">{t('attendance.noSessions')}</Text>;
  if (grid.trainees.length === 0) return <Text c="dimmed">{t('attendance.noTrainees')}</Text>;
  const weekText = t('attendance.week', {
    number: weekIndex + 1,
    total: weeks.length,
    start: formatDate(week.monday),
    end: formatDate(week.sunday),
  });
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('attendance.prevWeek')}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('attendance.prevWeek')}
              disabled={weekIndex === 0}
              onClick={() => setChosenWeek(weekIndex - 1)}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text fw={600} miw={300} ta="center" aria-live="polite">
            {weekText}
          </Text>
          <Tooltip label={t('attendance.nextWeek')}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('attendance.nextWeek')}
              disabled={weekIndex === weeks.length - 1}
              onClick={() => setChosenWeek(weekIndex + 1)}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <SignInSheetButton classId={klass.id} scope={{ kind: 'week', weekOf: week.monday }} date={week.monday} />
      </Group>
      {!grid.editable ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('attendance.closed')}
        </Alert>
      ) : canSave ? (
        <Text size="sm">{t('attendance.keyboardHint')}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.readOnly')}
        </Text>
      )}
      {saver.lastError ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={20} />}
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={saver.dismissError}
        >
          {errorText(saver.lastError)}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <AttendanceGrid
          key={week.monday}
          grid={grid}
          sessions={week.sessions}
          today={today}
          canEdit={canSave}
          sending={saver.sending}
          columns={saver.columns}
          onMark={saver.mark}
          label={`${t('attendance.tab')}: ${weekText}`}
        />
      </Paper>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Legend />
        <Text size="sm" c="dimmed" maw={520}>
          {t('attendance.minimumNote', { min: grid.minAttendancePct })}
        </Text>
      </Group>
    </Stack>
  );
}

/** The class's attendance, a week at a time, saved as it is typed. */
export function AttendanceTab({ klass }: { klass: ClassSummary }) {
  const grid = useAttendanceGrid(klass.id);
  // Closing the class (on the same page) makes the grid read-only.
  return <QueryState query={grid}>{(data) => <AttendanceView klass={klass} grid={data} />}</QueryState>;
}
