import { Anchor, Box, Button, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateRow, InputOf } from '@shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { CertificateStatusBadge, CopiesText } from './CertificateStatusBadge';
import { PublicKeyPanel } from './PublicKeyPanel';
import { useExportXlsx, useRegistry } from './queries';
import { RegistryFilters, type RegistryFilterValues } from './RegistryFilters';
import { useCertificateActions } from './useCertificateActions';
import { usePagedTable } from '../../components/pagedTable';

const PAGE_SIZE = 25;

type Filters = InputOf<'certificates.exportXlsx'>;

function toFilters(values: RegistryFilterValues, search: string): Filters {
  return {
    search,
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.programId ? { programId: Number(values.programId) } : {}),
    ...(values.status === 'all' ? {} : { revoked: values.status === 'revoked' }),
  };
}

/** Sertifikat: every certificate this BLK issued, searchable, exportable, with reprint and revoke. */
export function RegistryPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [values, setValues] = useState<RegistryFilterValues>({
    search: '',
    year: null,
    programId: null,
    status: 'all',
  });
  const [debounced] = useDebouncedValue(values.search, 250);
  const [page, setPage] = useState(1);
  const filters = toFilters(values, debounced.trim());
  const registry = useRegistry({ ...filters, page, pageSize: PAGE_SIZE });
  const exportXlsx = useExportXlsx();
  const submitExport = useSingleFlight(exportXlsx);
  const actions = useCertificateActions();
  const result = registry.data;

  const runExport = () =>
    submitExport(filters, {
      onSuccess: (file) =>
        notifications.show({
          color: file ? 'teal' : 'gray',
          autoClose: file ? 12_000 : 4_000,
          message: file
            ? t('certificates.registry.exported', { path: file.path })
            : t('certificates.registry.exportCancelled'),
        }),
      onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
    });

  const pagedTable = usePagedTable(registry, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('certificates.registry.title')}
        subtitle={t('certificates.registry.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            loading={exportXlsx.isPending}
            onClick={runExport}
          >
            {t('certificates.registry.export')}
          </Button>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <RegistryFilters
            value={values}
            onChange={(next) => {
              setValues(next);
              setPage(1);
            }}
          />
          <Text c="dimmed" size="sm" data-testid="registry-total">
            {t('certificates.registry.total', { count: result?.total ?? 0 })}
          </Text>
          <DataTable<CertificateRow>
            {...pagedTable}
            noRecordsText={registry.isError ? errorText(registry.error) : t('certificates.registry.empty')}
            columns={[
              {
                accessor: 'serial',
                title: t('certificates.col.serial'),
                noWrap: true,
                // The issue date under the serial leaves the row room for its status and actions.
                render: (row) => (
                  <Stack gap={0}>
                    <Text ff="monospace" size="sm" fw={600}>
                      {row.serial}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('certificates.issuedLine', { date: formatDate(row.issuedOn) })}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'fullName',
                title: t('certificates.col.trainee'),
                render: (row) => (
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/participants/${row.participantId}`} fw={600}>
                      {row.fullName}
                    </Anchor>
                    <Text ff="monospace" size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('roster.nik')} {row.nik}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'programName',
                title: t('certificates.col.programmeClass'),
                render: (row) => (
                  <Stack gap={0}>
                    <Text size="sm">{row.programName}</Text>
                    <Anchor component={Link} to={`/classes/${row.classId}`} size="xs">
                      {row.className}
                    </Anchor>
                  </Stack>
                ),
              },
              {
                accessor: 'copies',
                title: t('certificates.col.copies'),
                noWrap: true,
                render: (row) => <CopiesText copies={row.copies} />,
              },
              {
                accessor: 'revoked',
                title: t('roster.status'),
                noWrap: true,
                // A badge may shorten its word with an ellipsis; here it keeps it.
                render: (row) => (
                  <Box w="max-content">
                    <CertificateStatusBadge certificate={row} />
                  </Box>
                ),
              },
              { accessor: 'actions', title: '', textAlign: 'right', render: (row) => actions.rowActions(row) },
            ]}
          />
        </Stack>
      </Paper>
      <PublicKeyPanel />
      {actions.modals}
    </Stack>
  );
}
