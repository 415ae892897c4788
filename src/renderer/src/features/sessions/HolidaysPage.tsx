import { Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '@shared/contract';
import { useCan } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { HolidayForm } from './HolidayForm';
import { useDeleteHoliday, useHolidays } from './queries';
import { useFormatDay } from './sessionFormat';

/** Last year (for looking back) to two years ahead (national holidays are announced a year early). */
function yearChoices(thisYear: number, shown: number): string[] {
  return [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, shown])].sort().map(String);
}

/** "Hari libur": the days automatic scheduling skips (national holidays, collective leave, BLK closures). */
export function HolidaysPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDay = useFormatDay();
  const canEdit = useCan('holidays.save');
  const canDelete = useCan('holidays.delete');
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();
  // undefined: closed; null: a new holiday; a Holiday: renaming it.
  const [editing, setEditing] = useState<Holiday | null | undefined>(undefined);
  const confirmDelete = (holiday: Holiday) =>
    modals.openConfirmModal({
      title: t('holidays.deleteTitle'),
      children: (
        <Text size="sm">{t('holidays.deleteBody', { name: holiday.name, date: formatDay(holiday.date) })}</Text>
      ),
      labels: { confirm: t('holidays.deleteConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { date: holiday.date },
          {
            onSuccess: () =>
              notifications.show({ color: 'teal', message: t('holidays.deleted', { name: holiday.name }) }),
            onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
          },
        ),
    });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('holidays.title')}
        subtitle={t('holidays.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
              {t('holidays.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Group>
            <Select
              label={t('holidays.year')}
              w={140}
              allowDeselect={false}
              data={yearChoices(thisYear, year)}
              value={String(year)}
              onChange={(value) => setYear(Number(value ?? thisYear))}
            />
          </Group>
          <DataTable<Holiday>
            aria-label={t('holidays.tableLabel', { year })}
            minHeight={160}
            striped
            verticalSpacing="sm"
            idAccessor="date"
            fetching={holidays.isPending}
            records={holidays.data ?? []}
            noRecordsText={holidays.isError ? errorText(holidays.error) : t('holidays.empty', { year })}
            columns={[
              { accessor: 'date', title: t('holidays.date'), render: (row) => formatDay(row.date) },
              { accessor: 'name', title: t('holidays.name'), render: (row) => <Text fw={500}>{row.name}</Text> },
              ...(canEdit || canDelete
                ? [
                    {
                      accessor: 'actions',
                      title: t('common.actions'),
                      render: (row: Holiday) => (
                        <Group gap={4} wrap="nowrap">
                          {canEdit ? <EditButton name={row.name} onClick={() => setEditing(row)} /> : null}
                          {canDelete ? (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              aria-label={`${t('holidays.delete')} ${row.name}`}
                              onClick={() => confirmDelete(row)}
                            >
                              {t('holidays.delete')}
                            </Button>
                          ) : null}
                        </Group>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('holidays.editTitle') : t('holidays.createTitle')}
      >
        {editing !== undefined ? (
          <HolidayForm
            holiday={editing}
            onDone={(saved) => {
              // A holiday added in another year: show that year's list, where it now is.
              if (saved) setYear(Number(saved.date.slice(0, 4)));
              setEditing(undefined);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
