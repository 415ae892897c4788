import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GraduateRow, InputOf } from '@shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { usePagedTable } from '../../components/pagedTable';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { GraduateFilters, NO_GRADUATE_FILTERS, toGraduateFilters, type GraduateFilterValues } from './GraduateFilters';
import { useGraduates } from './queries';
import { OutcomeBadge } from './StatusBadges';
import { ClassCell } from './columns';

const PAGE_SIZE = 25;

type StatusFilter = InputOf<'graduates.list'>['status'];

/** Alumni: every graduate with their current status, to find one or to count a class's outcomes. */
export function GraduatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [values, setValues] = useState<GraduateFilterValues>(NO_GRADUATE_FILTERS);
  const [debounced] = useDebouncedValue(values.search, 250);
  const [page, setPage] = useState(1);
  const graduates = useGraduates({
    ...toGraduateFilters(values, debounced.trim()),
    status: values.status as StatusFilter,
    year: values.year ? Number(values.year) : null,
    page,
    pageSize: PAGE_SIZE,
  });
  const table = usePagedTable(graduates, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  const narrowed = Object.entries(values).some(([key, item]) => (key === 'search' ? item !== '' : item !== null));
  return (
    <Stack gap="md">
      <PageHeader title={t('graduates.list.title')} subtitle={t('graduates.list.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <GraduateFilters
            withStatusAndYear
            value={values}
            onChange={(next) => {
              setValues(next);
              setPage(1);
            }}
          />
          <Text c="dimmed" size="sm" data-testid="graduates-total">
            {t('graduates.list.total', { count: graduates.data?.total ?? 0 })}
          </Text>
          <DataTable<GraduateRow>
            {...table}
            idAccessor="enrolmentId"
            onRowClick={({ record }) => void navigate(`/graduates/${record.enrolmentId}`)}
            noRecordsText={
              graduates.isError
                ? errorText(graduates.error)
                : narrowed
                  ? t('graduates.list.emptyFiltered')
                  : t('graduates.list.empty')
            }
            columns={[
              {
                accessor: 'fullName',
                title: t('graduates.field.name'),
                render: (row) => (
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      to={`/graduates/${row.enrolmentId}`}
                      fw={600}
                      size="sm"
                      onClick={(event) => event.stopPropagation()}
                    >
                      {row.fullName}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {row.nik}
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
                accessor: 'fundingSource',
                title: t('graduates.field.fundingSource'),
                render: (row) => t(`fundingSource.${row.fundingSource}`),
              },
              {
                accessor: 'graduatedOn',
                title: t('graduates.field.graduatedOn'),
                noWrap: true,
                render: (row) => formatDate(row.graduatedOn),
              },
              {
                accessor: 'currentStatus',
                title: t('graduates.field.status'),
                noWrap: true,
                render: (row) => (
                  <Stack gap={2} align="flex-start">
                    <OutcomeBadge outcome={row.currentStatus} />
                    {row.lastContactOn ? (
                      <Text size="xs" c="dimmed">
                        {t('graduates.due.lastContact', { date: formatDate(row.lastContactOn) })}
                      </Text>
                    ) : null}
                  </Stack>
                ),
              },
              { accessor: 'phone', title: t('graduates.field.phone'), render: (row) => row.phone || t('common.none') },
            ]}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
