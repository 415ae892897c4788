import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '@shared/contract';

/**
 * What every DataTable that pages in main shares: one page of rows from the query, the total,
 * the page it is on, the loading state and the "1–25 of 300" line. Spread it, then add columns.
 */
export function usePagedTable<Row>(
  query: UseQueryResult<Page<Row>>,
  paging: { page: number; onPageChange: (page: number) => void; pageSize: number },
) {
  const { t } = useTranslation();
  return {
    minHeight: 220,
    striped: true,
    highlightOnHover: true,
    verticalSpacing: 'sm' as const,
    fetching: query.isPending || query.isPlaceholderData,
    records: query.data?.rows ?? [],
    totalRecords: query.data?.total ?? 0,
    recordsPerPage: paging.pageSize,
    page: paging.page,
    onPageChange: paging.onPageChange,
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
      t('common.paginationText', { from, to, total: totalRecords }),
  };
}
