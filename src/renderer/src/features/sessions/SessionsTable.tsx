import { Badge, Group, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { ScheduledSession } from '@shared/contract';
import { useCan } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { PlaceText } from '../classes/PlaceText';
import { DeleteSessionButton } from './DeleteSessionButton';
import { useFormatDay, useFormatTimes } from './sessionFormat';

/** A class's sessions in date order, each with its units, instructors and place. */
export function SessionsTable({
  sessions,
  fetching,
  emptyText,
  onEdit,
}: {
  sessions: ScheduledSession[];
  fetching: boolean;
  emptyText: string;
  onEdit: (session: ScheduledSession) => void;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatTimes = useFormatTimes();
  const canEdit = useCan('sessions.update');
  const canDelete = useCan('sessions.delete');
  return (
    <DataTable<ScheduledSession>
      aria-label={t('schedule.sessionsLabel')}
      minHeight={140}
      striped
      verticalSpacing="sm"
      fetching={fetching}
      records={sessions}
      noRecordsText={emptyText}
      columns={[
        {
          accessor: 'date',
          title: t('schedule.col.date'),
          render: (row) => (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {formatDay(row.date)}
              </Text>
              {row.attendanceTaken ? (
                <Badge size="sm" color="teal" variant="light" styles={{ label: { textTransform: 'none' } }}>
                  {t('schedule.attendanceTaken')}
                </Badge>
              ) : null}
            </Stack>
          ),
        },
        {
          accessor: 'startTime',
          title: t('schedule.col.time'),
          render: (row) => formatTimes(row.startTime, row.endTime),
        },
        { accessor: 'jp', title: t('schedule.col.jp'), textAlign: 'right' },
        {
          accessor: 'units',
          title: t('schedule.col.units'),
          render: (row) =>
            row.units.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            ) : (
              <Stack gap={0}>
                {row.units.map((unit) => (
                  <Text key={unit.unitId} size="sm" title={unit.title}>
                    {unit.code} ({t('schedule.jpShort', { jp: unit.jp })})
                  </Text>
                ))}
              </Stack>
            ),
        },
        {
          accessor: 'instructors',
          title: t('schedule.col.instructors'),
          render: (row) =>
            row.instructors.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            ) : (
              <Text size="sm">{row.instructors.map((instructor) => instructor.fullName).join(', ')}</Text>
            ),
        },
        { accessor: 'place', title: t('schedule.col.place'), render: (row) => <PlaceText place={row.place} /> },
        ...(canEdit || canDelete
          ? [
              {
                accessor: 'actions',
                title: t('common.actions'),
                render: (row: ScheduledSession) => (
                  <Group gap={4} wrap="nowrap">
                    {canEdit ? (
                      <EditButton
                        name={t('schedule.when', {
                          date: formatDay(row.date),
                          times: formatTimes(row.startTime, row.endTime),
                        })}
                        onClick={() => onEdit(row)}
                      />
                    ) : null}
                    {canDelete && !row.attendanceTaken ? <DeleteSessionButton session={row} /> : null}
                  </Group>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
