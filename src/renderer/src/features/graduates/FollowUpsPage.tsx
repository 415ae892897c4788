import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPencilPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueFollowUp } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { usePagedTable } from '../../components/pagedTable';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { FollowUpModal, type FollowUpTarget } from './FollowUpForm';
import { GraduateFilters, NO_GRADUATE_FILTERS, toGraduateFilters, type GraduateFilterValues } from './GraduateFilters';
import { PhoneCopy } from './PhoneCopy';
import { useDueFollowUps, useExportContacts } from './queries';
import { OutcomeBadge } from './StatusBadges';
import { ClassCell } from './columns';

const PAGE_SIZE = 25;

/** Which round, when it fell due, and how long the graduate has waited: "Lewat 9 hari" in red. */
function DueCell({ row }: { row: DueFollowUp }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('graduates.round.month', { months: row.roundMonths })}
      </Text>
      <Text size="xs">{formatDate(row.dueOn)}</Text>
      <Text size="xs" c={row.daysOverdue > 0 ? 'red' : 'orange'} fw={600}>
        {row.daysOverdue > 0 ? t('graduates.due.overdue', { count: row.daysOverdue }) : t('graduates.due.today')}
      </Text>
    </Stack>
  );
}

/**
 * Penelusuran Alumni: the graduates whose follow-up is due, most overdue first, with the number to
 * call and "Catat hasil"; a reached graduate leaves the list, an unreachable one stays with a count.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canRecord = useCan('followUps.record');
  const [values, setValues] = useState<GraduateFilterValues>(NO_GRADUATE_FILTERS);
  const [debounced] = useDebouncedValue(values.search, 250);
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState<FollowUpTarget | null>(null);
  const filters = toGraduateFilters(values, debounced.trim());
  const due = useDueFollowUps({ ...filters, page, pageSize: PAGE_SIZE });
  const table = usePagedTable(due, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  const exportContacts = useExportContacts();
  const submitExport = useSingleFlight(exportContacts);
  const narrowed = filters.search !== '' || filters.programId !== null || filters.classId !== null;

  const onExport = () =>
    submitExport(filters, {
      onSuccess: (file) =>
        notifications.show({
          color: file ? 'teal' : 'gray',
          autoClose: file ? 12_000 : 4_000,
          message: file ? t('graduates.due.exported', { path: file.path }) : t('graduates.due.exportCancelled'),
        }),
      onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('graduates.due.title')}
        subtitle={t('graduates.due.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            loading={exportContacts.isPending}
            disabled={(due.data?.total ?? 0) === 0}
            onClick={onExport}
          >
            {t('graduates.due.export')}
          </Button>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <GraduateFilters
            value={values}
            onChange={(next) => {
              setValues(next);
              setPage(1);
            }}
          />
          <Text c="dimmed" size="sm" data-testid="due-total">
            {t('graduates.due.total', { count: due.data?.total ?? 0 })}
          </Text>
          <DataTable<DueFollowUp>
            {...table}
            idAccessor="enrolmentId"
            noRecordsText={
              due.isError
                ? errorText(due.error)
                : narrowed
                  ? t('graduates.due.emptyFiltered')
                  : t('graduates.due.empty')
            }
            columns={[
              {
                accessor: 'fullName',
                title: t('graduates.field.name'),
                render: (row) => (
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/graduates/${row.enrolmentId}`} fw={600} size="sm">
                      {row.fullName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('graduates.field.graduatedOnShort', { date: formatDate(row.graduatedOn) })}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'className',
                title: t('graduates.field.class'),
                render: (row) => <ClassCell className={row.className} programName={row.programName} />,
              },
              {
                accessor: 'dueOn',
                title: t('graduates.field.dueOn'),
                noWrap: true,
                render: (row) => <DueCell row={row} />,
              },
              {
                accessor: 'currentStatus',
                title: t('graduates.field.status'),
                noWrap: true,
                render: (row) => (
                  <Stack gap={4} align="flex-start">
                    <OutcomeBadge outcome={row.currentStatus} />
                    {row.unreachableTries > 0 ? (
                      <Text size="xs" c="orange.8" fw={600} data-testid="unreachable-tries">
                        {t('graduates.due.unreachableTries', { count: row.unreachableTries })}
                      </Text>
                    ) : null}
                    {row.lastContactOn ? (
                      <Text size="xs" c="dimmed">
                        {t('graduates.due.lastContact', { date: formatDate(row.lastContactOn) })}
                      </Text>
                    ) : null}
                  </Stack>
                ),
              },
              {
                accessor: 'phone',
                title: t('graduates.field.phone'),
                render: (row) => <PhoneCopy phone={row.phone} />,
              },
              ...(canRecord
                ? [
                    {
                      accessor: 'actions',
                      title: t('common.actions'),
                      noWrap: true,
                      render: (row: DueFollowUp) => (
                        <Button
                          size="xs"
                          leftSection={<IconPencilPlus size={14} />}
                          aria-label={t('graduates.due.recordFor', { name: row.fullName })}
                          onClick={() =>
                            setRecording({
                              enrolmentId: row.enrolmentId,
                              fullName: row.fullName,
                              roundMonths: row.roundMonths,
                            })
                          }
                        >
                          {t('graduates.due.record')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      </Paper>
      <FollowUpModal target={recording} onClose={() => setRecording(null)} />
    </Stack>
  );
}
