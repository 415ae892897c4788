import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consumable, Movement } from '@shared/contract';
import type { MovementKind } from '@shared/equipment';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useExportStockCard, useMovements } from './stockQueries';
import { useStockFormat } from './useStockFormat';

const PAGE_SIZE = 20;

const KIND_COLOR: Record<MovementKind, string> = { received: 'teal', used: 'blue', adjusted: 'grape' };

/** Kartu stok: every movement of one item with the balance after it, and the xlsx for the file. */
export function StockCardPanel({ consumable }: { consumable: Consumable }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const format = useStockFormat();
  const [page, setPage] = useState(1);
  const movements = useMovements({ consumableId: consumable.id, page, pageSize: PAGE_SIZE });
  const exportCard = useExportStockCard();
  const submitExport = useSingleFlight(exportCard);
  const result = movements.data;

  const runExport = () =>
    submitExport(
      { consumableId: consumable.id },
      {
        onSuccess: (file) =>
          notifications.show({
            color: file ? 'teal' : 'gray',
            autoClose: file ? 12_000 : 4_000,
            message: file
              ? t('stock.card.exported', { file: file.fileName, path: file.path })
              : t('stock.card.exportCancelled'),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('stock.card.stockNow')}
          </Text>
          <Text fz={24} fw={700} data-testid="stock-now">
            {format.amount(consumable.stock, consumable.unit)}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} />}
          loading={exportCard.isPending}
          onClick={runExport}
          data-autofocus
        >
          {t('stock.card.export')}
        </Button>
      </Group>
      <DataTable<Movement>
        minHeight={200}
        striped
        verticalSpacing="xs"
        fetching={movements.isPending || movements.isPlaceholderData}
        records={result?.rows ?? []}
        totalRecords={result?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => t('common.paginationText', { from, to, total: totalRecords })}
        noRecordsText={movements.isError ? errorText(movements.error) : t('stock.card.empty')}
        columns={[
          { accessor: 'movedOn', title: t('stock.card.date'), noWrap: true, render: (row) => formatDate(row.movedOn) },
          {
            accessor: 'kind',
            title: t('stock.card.kind'),
            render: (row) => (
              <Badge variant="light" color={KIND_COLOR[row.kind]} styles={{ label: { textTransform: 'none' } }}>
                {t(`stock.kind.${row.kind}`)}
              </Badge>
            ),
          },
          {
            accessor: 'quantity',
            title: t('stock.card.quantity'),
            textAlign: 'right',
            noWrap: true,
            render: (row) => (
              <Text size="sm" fw={600} c={row.quantity < 0 ? 'red.8' : 'teal.8'}>
                {format.number(row.quantity, true)}
              </Text>
            ),
          },
          {
            accessor: 'balance',
            title: t('stock.card.balance'),
            textAlign: 'right',
            noWrap: true,
            render: (row) => format.amount(row.balance, consumable.unit),
          },
          {
            accessor: 'reason',
            title: t('stock.card.note'),
            render: (row) => (
              <Stack gap={0}>
                {row.classId !== null ? (
                  <Anchor component={Link} to={`/classes/${row.classId}`} size="sm">
                    {row.className}
                  </Anchor>
                ) : null}
                {row.reason ? <Text size="sm">{row.reason}</Text> : null}
                {row.classId === null && !row.reason ? t('common.none') : null}
              </Stack>
            ),
          },
          { accessor: 'operatorName', title: t('stock.card.operator') },
        ]}
      />
    </Stack>
  );
}
