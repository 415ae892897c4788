import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Program } from '@shared/contract';

/** A programme's units in teaching order with their JP, and the total under them. */
export function UnitsList({ program }: { program: Program }) {
  const { t } = useTranslation();
  if (program.units.length === 0) {
    return (
      <Text size="sm" c="dimmed" px="md" py="xs">
        {t('units.none')}
      </Text>
    );
  }
  const units = [...program.units].sort((a, b) => a.position - b.position);
  return (
    <Table
      withTableBorder={false}
      verticalSpacing={4}
      fz="sm"
      aria-label={t('units.listOf', { name: program.name })}
      maw={880}
      ml="md"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>#</Table.Th>
          <Table.Th w={180}>{t('units.code')}</Table.Th>
          <Table.Th>{t('units.unitTitle')}</Table.Th>
          <Table.Th w={90} ta="right">
            {t('units.jp')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.map((unit, index) => (
          <Table.Tr key={unit.id}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td ff="monospace">{unit.code}</Table.Td>
            <Table.Td>{unit.title}</Table.Td>
            <Table.Td ta="right">{unit.jp}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={3}>{t('units.total')}</Table.Th>
          <Table.Th ta="right">{t('programs.jp', { count: program.totalJp })}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
