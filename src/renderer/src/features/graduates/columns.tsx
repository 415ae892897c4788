import { Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { EmploymentKind, IncomeBand } from '@shared/graduates';
import { useFormatDate } from '../../lib/dates';

/** A graduate's class with its programme under it: the due list, graduates and a company's placements. */
export function ClassCell({ className, programName }: { className: string; programName: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{className}</Text>
      <Text size="xs" c="dimmed">
        {programName}
      </Text>
    </Stack>
  );
}

interface PlacementJob {
  position: string;
  startedOn: string;
  employmentKind: EmploymentKind;
  incomeBand: IncomeBand;
}

/** The job a placement describes, in the same four columns on the graduate and on the company. */
export function usePlacementJobColumns<Row extends PlacementJob>(): DataTableColumn<Row>[] {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return [
    { accessor: 'position', title: t('graduates.placement.position') },
    {
      accessor: 'startedOn',
      title: t('graduates.placement.startedOn'),
      noWrap: true,
      render: (row) => formatDate(row.startedOn),
    },
    {
      accessor: 'employmentKind',
      title: t('graduates.form.employmentKind'),
      render: (row) => t(`graduates.employmentKind.${row.employmentKind}`),
    },
    {
      accessor: 'incomeBand',
      title: t('graduates.form.incomeBand'),
      render: (row) => t(`graduates.incomeBand.${row.incomeBand}`),
    },
  ];
}
