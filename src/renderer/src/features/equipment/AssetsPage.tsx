import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCategory, IconFileSpreadsheet, IconPlus, IconTags } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InputOf } from '@shared/contract';
import type { AssetRow } from '@shared/contract';
import type { AssetCondition, AssetSource, AssetStatus } from '@shared/equipment';
import { formatRupiah } from '@shared/format';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { AssetFilters, NO_ASSET_FILTERS, type AssetFilterValues } from './AssetFilters';
import { useAssets, useExportRegister, usePrintLabels } from './queries';
import { AssetStatusBadge, ConditionBadge } from './StatusBadges';
import { usePagedTable } from '../../components/pagedTable';

const PAGE_SIZE = 25;

type Filters = InputOf<'assets.exportRegister'>;

export function toAssetFilters(values: AssetFilterValues, search: string): Filters {
  const num = (value: string | null) => (value ? Number(value) : null);
  return {
    search,
    roomId: num(values.roomId),
    categoryId: num(values.categoryId),
    condition: values.condition as AssetCondition | null,
    status: values.status as AssetStatus | null,
    source: values.source as AssetSource | null,
  };
}

/** Peralatan: the register of workshop assets (KIB B), paged in main, with labels and the xlsx. */
export function AssetsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canCreate = useCan('assets.create');
  const [values, setValues] = useState<AssetFilterValues>(NO_ASSET_FILTERS);
  const [debounced] = useDebouncedValue(values.search, 250);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<AssetRow[]>([]);
  const filters = toAssetFilters(values, debounced.trim());
  const assets = useAssets({ ...filters, page, pageSize: PAGE_SIZE });
  const printLabels = usePrintLabels();
  const exportRegister = useExportRegister();
  const submitLabels = useSingleFlight(printLabels);
  const submitExport = useSingleFlight(exportRegister);
  const result = assets.data;

  const written = (file: { path: string } | null, done: string, cancelled: string) =>
    notifications.show({
      color: file ? 'teal' : 'gray',
      autoClose: file ? 12_000 : 4_000,
      message: file ? t(done, { path: file.path }) : t(cancelled),
    });
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });

  const narrowed = debounced.trim() !== '' || Object.values(filters).some((value) => value !== null && value !== '');
  const emptyText = assets.isError
    ? errorText(assets.error)
    : narrowed
      ? t('equipment.assets.emptyFiltered')
      : canCreate
        ? t('equipment.assets.emptyCreate')
        : t('equipment.assets.empty');

  const pagedTable = usePagedTable(assets, { page, onPageChange: setPage, pageSize: PAGE_SIZE });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('equipment.assets.title')}
        subtitle={t('equipment.assets.subtitle')}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to="/equipment/categories"
              leftSection={<IconCategory size={18} />}
            >
              {t('equipment.categories.nav')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} />}
              loading={exportRegister.isPending}
              onClick={() =>
                submitExport(filters, {
                  onSuccess: (file) => written(file, 'equipment.assets.exported', 'equipment.assets.exportCancelled'),
                  onError: failed,
                })
              }
            >
              {t('equipment.assets.export')}
            </Button>
            {canCreate ? (
              <Button component={Link} to="/equipment/new" leftSection={<IconPlus size={18} />}>
                {t('equipment.assets.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <AssetFilters
            value={values}
            onChange={(next) => {
              setValues(next);
              setPage(1);
            }}
          />
          <Group justify="space-between">
            <Text c="dimmed" size="sm" data-testid="assets-total">
              {result?.capped
                ? t('equipment.assets.totalCapped', { count: result.total })
                : t('equipment.assets.total', { count: result?.total ?? 0 })}
            </Text>
            <Group gap="sm">
              {selected.length > 0 ? (
                <Button variant="subtle" size="xs" onClick={() => setSelected([])}>
                  {t('equipment.assets.clearSelection')}
                </Button>
              ) : null}
              <Button
                variant="light"
                leftSection={<IconTags size={18} />}
                disabled={selected.length === 0}
                loading={printLabels.isPending}
                onClick={() =>
                  submitLabels(
                    selected.map((row) => row.id),
                    {
                      onSuccess: (file) =>
                        written(file, 'equipment.assets.labelsSaved', 'equipment.assets.labelsCancelled'),
                      onError: failed,
                    },
                  )
                }
              >
                {selected.length > 0
                  ? t('equipment.assets.printLabelsCount', { count: selected.length })
                  : t('equipment.assets.printLabels')}
              </Button>
            </Group>
          </Group>
          <DataTable<AssetRow>
            {...pagedTable}
            selectedRecords={selected}
            onSelectedRecordsChange={setSelected}
            getRecordSelectionCheckboxProps={(record) => ({
              'aria-label': t('equipment.assets.selectRow', { tag: record.tag }),
            })}
            allRecordsSelectionCheckboxProps={{ 'aria-label': t('equipment.assets.selectPage') }}
            onRowClick={({ record }) => void navigate(`/equipment/assets/${record.id}`)}
            noRecordsText={emptyText}
            columns={[
              {
                accessor: 'tag',
                title: t('equipment.field.tag'),
                noWrap: true,
                render: (row) => (
                  <Anchor
                    component={Link}
                    to={`/equipment/assets/${row.id}`}
                    ff="monospace"
                    fw={600}
                    size="sm"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {row.tag}
                  </Anchor>
                ),
              },
              {
                accessor: 'name',
                title: t('equipment.field.name'),
                render: (row) => (
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {row.name}
                    </Text>
                    {row.brand || row.model ? (
                      <Text size="xs" c="dimmed">
                        {[row.brand, row.model].filter(Boolean).join(' ')}
                      </Text>
                    ) : null}
                  </Stack>
                ),
              },
              { accessor: 'categoryName', title: t('equipment.field.category') },
              { accessor: 'roomName', title: t('equipment.field.room') },
              {
                accessor: 'condition',
                title: t('equipment.field.condition'),
                render: (row) => <ConditionBadge condition={row.condition} />,
              },
              {
                accessor: 'status',
                title: t('equipment.field.status'),
                render: (row) => <AssetStatusBadge status={row.status} />,
              },
              {
                accessor: 'bookValueRupiah',
                title: t('equipment.field.bookValue'),
                textAlign: 'right',
                noWrap: true,
                render: (row) => formatRupiah(row.bookValueRupiah),
              },
              {
                accessor: 'acquiredOn',
                title: t('equipment.field.acquiredOn'),
                noWrap: true,
                render: (row) => formatDate(row.acquiredOn),
              },
            ]}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
