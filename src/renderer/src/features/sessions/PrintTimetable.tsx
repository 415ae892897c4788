import { Button, Group, Select, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../../lib/dates';
import { useSingleFlight } from '../../lib/forms';
import { useLocale } from '../../i18n';
import { usePrintTimetable } from './queries';
import { formatDayRange } from './sessionFormat';
import { defaultWeek, sundayOf, weeksOf } from './weeks';

/**
 * "Cetak jadwal mingguan": the class's timetable for one week as a PDF, offered for the weeks that
 * have sessions. Main writes the file and opens it; the clerk sees where it went.
 */
export function PrintTimetable({ classId, sessionDates }: { classId: number; sessionDates: string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const print = usePrintTimetable();
  const submit = useSingleFlight(print);
  const weeks = weeksOf(sessionDates);
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the clerk picks one: this week, or the next week that has sessions.
  const week = chosen !== null && weeks.includes(chosen) ? chosen : defaultWeek(weeks, todayIso());
  const [written, setWritten] = useState<{ file: WrittenFile | null } | null>(null);
  if (weeks.length === 0) return null;
  return (
    <>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('schedule.print.week')}
          w={280}
          allowDeselect={false}
          data={weeks.map((monday) => ({
            value: monday,
            label: formatDayRange(monday, sundayOf(monday), locale),
          }))}
          value={week}
          onChange={(value) => {
            setChosen(value);
            setWritten(null);
          }}
        />
        <Button
          variant="light"
          leftSection={<IconPrinter size={18} />}
          loading={print.isPending}
          disabled={!week}
          onClick={() => {
            if (week) submit({ classId, weekOf: week, locale }, { onSuccess: (file) => setWritten({ file }) });
          }}
        >
          {t('schedule.print.button')}
        </Button>
      </Group>
      {written ? (
        <Text size="sm" c={written.file ? 'teal' : 'dimmed'} role="status">
          {written.file ? t('schedule.print.saved', { path: written.file.path }) : t('schedule.print.cancelled')}
        </Text>
      ) : null}
      <ErrorAlert error={print.error} />
    </>
  );
}
