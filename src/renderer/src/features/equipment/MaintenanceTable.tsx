import { Badge, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { MaintenanceRecord } from '@shared/contract';
import { formatRupiah } from '@shared/format';
import { useFormatDate } from '../../lib/dates';
import { ConditionBadge } from './StatusBadges';

/** Pemeliharaan of one asset: what was wrong, what was done, by whom, at what cost. */
export function MaintenanceTable({
  records,
  fetching,
  emptyText,
}: {
  records: MaintenanceRecord[];
  fetching: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataTable<MaintenanceRecord>
      minHeight={160}
      striped
      verticalSpacing="sm"
      fetching={fetching}
      records={records}
      noRecordsText={emptyText}
      columns={[
        {
          accessor: 'reportedOn',
          title: t('equipment.maintenance.reportedOn'),
          noWrap: true,
          render: (row) => formatDate(row.reportedOn),
        },
        {
          accessor: 'problem',
          title: t('equipment.maintenance.problem'),
          render: (row) => (
            <Stack gap={0}>
              <Text size="sm">{row.problem}</Text>
              {row.action ? (
                <Text size="xs" c="dimmed">
                  {t('equipment.maintenance.action')}: {row.action}
                </Text>
              ) : null}
            </Stack>
          ),
        },
        {
          accessor: 'vendor',
          title: t('equipment.maintenance.vendor'),
          render: (row) => row.vendor || t('common.none'),
        },
        {
          accessor: 'costRupiah',
          title: t('equipment.maintenance.cost'),
          textAlign: 'right',
          noWrap: true,
          render: (row) => formatRupiah(row.costRupiah),
        },
        {
          accessor: 'finishedOn',
          title: t('equipment.maintenance.finishedOn'),
          noWrap: true,
          render: (row) =>
            row.finishedOn ? (
              formatDate(row.finishedOn)
            ) : (
              <Badge color="orange" variant="light">
                {t('equipment.status.in_repair')}
              </Badge>
            ),
        },
        {
          accessor: 'conditionAfter',
          title: t('equipment.maintenance.conditionAfter'),
          render: (row) => (row.conditionAfter ? <ConditionBadge condition={row.conditionAfter} /> : t('common.none')),
        },
        { accessor: 'operatorName', title: t('equipment.maintenance.operator') },
      ]}
    />
  );
}
