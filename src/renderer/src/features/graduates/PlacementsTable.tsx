import { Anchor, Paper, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GraduatePlacement } from '@shared/contract';
import { usePlacementJobColumns } from './columns';

/** Jobs the BLK placed the graduate in, with the partner company. */
export function PlacementsTable({ placements }: { placements: GraduatePlacement[] }) {
  const { t } = useTranslation();
  const jobColumns = usePlacementJobColumns<GraduatePlacement>();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} fz={20} mb="md">
        {t('graduates.detail.placements')}
      </Title>
      <DataTable<GraduatePlacement>
        striped
        verticalSpacing="sm"
        minHeight={placements.length === 0 ? 120 : undefined}
        records={placements}
        noRecordsText={t('graduates.detail.noPlacements')}
        columns={[
          {
            accessor: 'companyName',
            title: t('graduates.placement.company'),
            render: (row) => (
              <Anchor component={Link} to={`/companies/${row.companyId}`} size="sm" fw={600}>
                {row.companyName}
              </Anchor>
            ),
          },
          ...jobColumns,
          { accessor: 'notes', title: t('graduates.form.notes'), render: (row) => row.notes || t('common.none') },
        ]}
      />
    </Paper>
  );
}
