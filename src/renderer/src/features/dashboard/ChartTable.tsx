import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartModel } from './chartModels';
import { useDashboardFormat } from './useDashboardFormat';

/**
 * A chart's numbers as a table: what a screen reader reads, and what the head of BLK copies
 * into a letter. Rates keep their two counts; a count chart adds each bar's share and a total.
 */
export function ChartTable({ model }: { model: ChartModel }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const numeric = { textAlign: 'right' } as const;
  if (model.kind === 'rate') {
    return (
      <Table striped withTableBorder aria-label={model.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{model.labelHeading}</Table.Th>
            <Table.Th style={numeric}>{t('dashboard.column.rate')}</Table.Th>
            <Table.Th style={numeric}>{model.numeratorHeading}</Table.Th>
            <Table.Th style={numeric}>{model.denominatorHeading}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.bars.map((bar) => (
            <Table.Tr key={bar.key}>
              <Table.Th scope="row" fw={500}>
                {bar.label}
              </Table.Th>
              <Table.Td style={numeric} fw={600}>
                {format.percent(bar.rate)}
              </Table.Td>
              <Table.Td style={numeric}>{format.number(bar.numerator)}</Table.Td>
              <Table.Td style={numeric}>{format.number(bar.denominator)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  const total = model.bars.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <Table striped withTableBorder aria-label={model.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{model.labelHeading}</Table.Th>
          <Table.Th style={numeric}>{t('dashboard.column.trainees')}</Table.Th>
          <Table.Th style={numeric}>{t('dashboard.column.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {model.bars.map((bar) => (
          <Table.Tr key={bar.key}>
            <Table.Th scope="row" fw={500}>
              {bar.label}
            </Table.Th>
            <Table.Td style={numeric}>{format.number(bar.count)}</Table.Td>
            <Table.Td style={numeric}>{format.percent(total === 0 ? null : bar.count / total)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('dashboard.column.total')}</Table.Th>
          <Table.Th style={numeric}>{format.number(total)}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
