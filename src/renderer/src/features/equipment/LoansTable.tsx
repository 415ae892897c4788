import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LoanRow } from '@shared/contract';
import type { usePagedTable } from '../../components/pagedTable';
import { useFormatDate } from '../../lib/dates';

/** Dikembalikan, Dipinjam, or Terlambat N hari in red: what the desk chases. */
export function LoanStateBadge({ loan }: { loan: Pick<LoanRow, 'openCount' | 'daysOverdue'> }) {
  const { t } = useTranslation();
  if (loan.openCount === 0)
    return (
      <Badge variant="light" color="gray">
        {t('equipment.loans.state.returned')}
      </Badge>
    );
  if (loan.daysOverdue > 0) {
    return (
      <Badge variant="filled" color="red">
        {t('equipment.loans.overdueDays', { count: loan.daysOverdue })}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="blue">
      {t('equipment.loans.state.open')}
    </Badge>
  );
}

/** Loans as rows, a page at a time (usePagedTable); a row (or its borrower link) opens the loan. */
export function LoansTable({
  table,
  emptyText,
}: {
  table: ReturnType<typeof usePagedTable<LoanRow>>;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  return (
    <DataTable<LoanRow>
      {...table}
      minHeight={160}
      noRecordsText={emptyText}
      onRowClick={({ record }) => void navigate(`/loans/${record.id}`)}
      columns={[
        {
          accessor: 'borrower',
          title: t('equipment.loans.borrower'),
          render: (row) => (
            <Stack gap={0}>
              <Anchor
                component={Link}
                to={`/loans/${row.id}`}
                fw={600}
                size="sm"
                onClick={(event) => event.stopPropagation()}
              >
                {row.borrower}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(`equipment.borrowerKind.${row.borrowerKind}`)} · {row.responsibleName}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: 'checkedOutOn',
          title: t('equipment.loans.checkedOutOn'),
          noWrap: true,
          render: (row) => formatDate(row.checkedOutOn),
        },
        {
          accessor: 'dueOn',
          title: t('equipment.loans.dueOn'),
          noWrap: true,
          render: (row) => (
            <Text size="sm" c={row.daysOverdue > 0 ? 'red' : undefined} fw={row.daysOverdue > 0 ? 700 : undefined}>
              {formatDate(row.dueOn)}
            </Text>
          ),
        },
        {
          accessor: 'itemCount',
          title: t('equipment.loans.items'),
          textAlign: 'right',
          noWrap: true,
          render: (row) =>
            row.openCount === row.itemCount || row.openCount === 0
              ? t('equipment.loans.itemCount', { count: row.itemCount })
              : t('equipment.loans.openOf', { open: row.openCount, count: row.itemCount }),
        },
        {
          accessor: 'daysOverdue',
          title: t('equipment.field.status'),
          noWrap: true,
          render: (row) => <LoanStateBadge loan={row} />,
        },
      ]}
    />
  );
}
