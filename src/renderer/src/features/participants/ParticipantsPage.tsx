import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ParticipantListRow } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useLocale } from '../../i18n';
import { useParticipantSearch } from './queries';
import { usePagedTable } from '../../components/pagedTable';

const PAGE_SIZE = 25;
type SortColumn = 'fullName' | 'nik' | 'createdAt';
const SORT_FOR: Record<SortColumn, 'name' | 'nik' | 'recent'> = { fullName: 'name', nik: 'nik', createdAt: 'recent' };

/** Peserta: search by name fragment, NIK prefix or phone; paging and sorting happen in main. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canEnrol = useCan('enrolments.enroll');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<DataTableSortStatus<ParticipantListRow>>({
    columnAccessor: 'createdAt',
    direction: 'desc',
  });
  const search = useParticipantSearch({
    query: debounced,
    page,
    pageSize: PAGE_SIZE,
    sort: SORT_FOR[sort.columnAccessor as SortColumn] ?? 'recent',
    descending: sort.direction === 'desc',
  });
  const result = search.data;
  const count = (result?.total ?? 0).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
  const totalText = result?.capped ? t('participants.totalCapped', { count }) : t('participants.total', { count });

  const pagedTable = usePagedTable(search, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('participants.title')}
        actions={
          canEnrol ? (
            <Button component={Link} to="/enrol" leftSection={<IconUserPlus size={18} />}>
              {t('enrol.newEnrolment')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Group align="flex-end" justify="space-between">
            <TextInput
              label={t('participants.searchLabel')}
              placeholder={t('participants.searchPlaceholder')}
              leftSection={<IconSearch size={18} />}
              w={420}
              value={query}
              data-autofocus
              autoFocus
              onChange={(event) => {
                setQuery(event.currentTarget.value);
                setPage(1);
              }}
            />
            <Text c="dimmed" data-testid="participants-total">
              {totalText}
            </Text>
          </Group>
          {result?.fuzzy ? (
            <Text size="sm" c="yellow.9" data-testid="fuzzy-hint">
              {t('participants.fuzzy')}
            </Text>
          ) : null}
          <DataTable<ParticipantListRow>
            {...pagedTable}
            sortStatus={sort}
            onSortStatusChange={(next) => {
              setSort(next);
              setPage(1);
            }}
            noRecordsText={
              search.isError ? errorText(search.error) : debounced ? t('participants.noMatch') : t('participants.empty')
            }
            rowClassName={() => 'pelita-clickable-row'}
            onRowClick={({ record }) => void navigate(`/participants/${record.id}`)}
            columns={[
              {
                accessor: 'fullName',
                title: t('participants.colName'),
                sortable: true,
                render: (row) => (
                  <Anchor
                    component={Link}
                    to={`/participants/${row.id}`}
                    fw={600}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {row.fullName}
                  </Anchor>
                ),
              },
              {
                accessor: 'nik',
                title: t('participants.colNik'),
                sortable: true,
                render: (row) => (
                  <Text ff="monospace" size="sm">
                    {row.nik}
                  </Text>
                ),
              },
              {
                accessor: 'sex',
                title: t('participants.colSex'),
                render: (row) => t(`sexShort.${row.sex}`),
                width: 60,
              },
              {
                accessor: 'birthDate',
                title: t('participants.colBirthDate'),
                noWrap: true,
                render: (row) => formatDate(row.birthDate),
              },
              { accessor: 'phone', title: t('participants.colPhone') },
              {
                accessor: 'village',
                title: t('participants.colPlace'),
                render: (row) => [row.village, row.district].filter(Boolean).join(', ') || t('common.none'),
              },
              {
                accessor: 'createdAt',
                title: t('participants.colRecorded'),
                sortable: true,
                noWrap: true,
                render: (row) => formatDate(row.createdAt),
              },
            ]}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
