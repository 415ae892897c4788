import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { useClassUsage } from './stockQueries';
import { useStockFormat } from './useStockFormat';

/** Bahan Habis Pakai used by one class, net of anything adjusted back, each in its own unit. */
export function ClassUsagePanel({ classId }: { classId: number }) {
  const { t } = useTranslation();
  const format = useStockFormat();
  const usage = useClassUsage(classId);
  const canMove = useCan('consumables.move');
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('stock.usage.title')}
        </Title>
        <QueryState query={usage}>
          {(rows) =>
            rows.length === 0 ? (
              <Stack gap={4} data-testid="usage-empty">
                <Text c="dimmed">{t('stock.usage.empty')}</Text>
                {canMove ? (
                  <Anchor component={Link} to="/consumables" size="sm" fw={600}>
                    {t('stock.usage.record')}
                  </Anchor>
                ) : null}
              </Stack>
            ) : (
              <Table striped verticalSpacing="xs" data-testid="usage-lines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('stock.usage.material')}</Table.Th>
                    <Table.Th ta="right">{t('stock.usage.quantity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.consumableId}>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {format.amount(row.quantity, row.unit)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
