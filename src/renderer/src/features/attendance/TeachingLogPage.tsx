import { ActionIcon, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { DatesProvider, MonthPickerInput } from '@mantine/dates';
import { IconChevronDown, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeachingLogRow } from '@shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { todayIso } from '../../lib/dates';
import { useLocale } from '../../i18n';
import { useTeachingLog } from './queries';

/** "2026-11" plus or minus some months. */
function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');
}

/** The classes an instructor taught in the month: one line each, under the instructor's name. */
function ClassBreakdown({ row }: { row: TeachingLogRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} pl={58} py="xs">
      {row.classes.map((klass) => (
        <Group key={klass.classId} gap="xs">
          <Anchor component={Link} to={`/classes/${klass.classId}`} size="sm">
            {klass.className}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('teachingLog.classLine', { count: klass.sessions, jp: klass.jp })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function LogTable({ rows }: { rows: TeachingLogRow[] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<number[]>([]);
  const total = (pick: (row: TeachingLogRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const toggle = (id: number) =>
    setExpanded((old) => (old.includes(id) ? old.filter((other) => other !== id) : [...old, id]));
  return (
    <DataTable<TeachingLogRow>
      minHeight={rows.length === 0 ? 140 : undefined}
      striped
      verticalSpacing="sm"
      idAccessor="instructorId"
      records={rows}
      noRecordsText={t('teachingLog.empty')}
      rowExpansion={{
        trigger: 'never',
        allowMultiple: true,
        expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
        content: ({ record }) => <ClassBreakdown row={record} />,
      }}
      columns={[
        {
          accessor: 'fullName',
          title: t('teachingLog.instructor'),
          footer: <Text fw={700}>{t('teachingLog.total')}</Text>,
          render: (row) => (
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={t('teachingLog.classesOf', { fullName: row.fullName })}
                aria-expanded={expanded.includes(row.instructorId)}
                onClick={() => toggle(row.instructorId)}
              >
                {expanded.includes(row.instructorId) ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
              </ActionIcon>
              <Stack gap={0}>
                <Text fw={600}>{row.fullName}</Text>
                {row.employerName ? (
                  <Text size="xs" c="dimmed">
                    {row.employerName}
                  </Text>
                ) : null}
              </Stack>
            </Group>
          ),
        },
        {
          accessor: 'sessionsTaught',
          title: t('teachingLog.sessionsTaught'),
          textAlign: 'right',
          footer: <Text fw={700}>{total((row) => row.sessionsTaught)}</Text>,
        },
        {
          accessor: 'jpTaught',
          title: t('teachingLog.jpTaught'),
          textAlign: 'right',
          footer: <Text fw={700}>{total((row) => row.jpTaught)}</Text>,
          render: (row) => <Text fw={700}>{row.jpTaught}</Text>,
        },
        {
          accessor: 'jpNotRecorded',
          title: t('teachingLog.jpNotRecorded'),
          textAlign: 'right',
          footer: <Text fw={700}>{total((row) => row.jpNotRecorded)}</Text>,
          render: (row) => <Text c={row.jpNotRecorded > 0 ? 'orange.8' : 'dimmed'}>{row.jpNotRecorded}</Text>,
        },
      ]}
    />
  );
}

/** JP taught per instructor in a month, from the attendance taken (instructors are paid by JP). */
export function TeachingLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const log = useTeachingLog(month);
  return (
    <Stack gap="md">
      <PageHeader title={t('teachingLog.title')} subtitle={t('teachingLog.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Group gap="xs" align="flex-end">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('teachingLog.prevMonth')}
              onClick={() => setMonth(shiftMonth(month, -1))}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <DatesProvider settings={{ locale }}>
              <MonthPickerInput
                label={t('teachingLog.month')}
                w={220}
                value={`${month}-01`}
                onChange={(value) => {
                  if (value) setMonth(String(value).slice(0, 7));
                }}
              />
            </DatesProvider>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('teachingLog.nextMonth')}
              onClick={() => setMonth(shiftMonth(month, 1))}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>
          <Text size="sm" c="dimmed">
            {t('teachingLog.explain')}
          </Text>
          <QueryState query={log}>{(rows) => <LogTable rows={rows} />}</QueryState>
        </Stack>
      </Paper>
    </Stack>
  );
}
