import { Badge, Checkbox, Group, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stocktake, StocktakeItem } from '@shared/contract';
import { ASSET_CONDITIONS, type AssetCondition } from '@shared/equipment';
import { unexpectedReasons } from './stocktakeScan';

const VERDICT_COLOR: Record<StocktakeItem['verdict'], string> = {
  found: 'green',
  missing: 'red',
  unexpected: 'orange',
  away: 'gray',
};

type Filter = 'all' | 'missing' | 'found' | 'unexpected';

function matches(item: StocktakeItem, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'missing') return !item.found;
  if (filter === 'found') return item.found;
  return item.verdict === 'unexpected';
}

interface Props {
  stocktake: Stocktake;
  /** Null for a closed count or a read-only role: ticks and conditions are shown, not edited. */
  onMark: ((item: StocktakeItem, found: boolean, condition: AssetCondition | null) => void) | null;
  /** A tick by mouse gives the focus back to the scan field; by keyboard (space) it stays in the list. */
  onPointerMark?: () => void;
}

/** Every asset of the count: listed ones and unexpected finds, with a tick box and the condition seen. */
export function StocktakeItemsTable({ stocktake, onMark, onPointerMark }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const items = [...stocktake.items]
    .filter((item) => matches(item, filter))
    .sort((a, b) => a.tag.localeCompare(b.tag, 'id', { numeric: true }));
  const whereFrom = (item: StocktakeItem) =>
    unexpectedReasons(item, stocktake.roomName)
      .map((reason) =>
        reason.kind === 'status'
          ? t(`stock.scan.reason.${reason.status}`)
          : t('stock.scan.reason.otherRoom', { room: reason.room }),
      )
      .join(' · ');
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('stock.items.filter')}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={(['all', 'missing', 'found', 'unexpected'] as const).map((value) => ({
            value,
            label: t(`stock.items.show.${value}`),
          }))}
        />
        {onMark ? (
          <Text size="sm" c="dimmed">
            {t('stock.items.keysHint')}
          </Text>
        ) : null}
      </Group>
      <Table striped verticalSpacing="xs" data-testid="stocktake-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('stock.items.found')}</Table.Th>
            <Table.Th>{t('stock.items.tag')}</Table.Th>
            <Table.Th>{t('stock.items.name')}</Table.Th>
            <Table.Th>{t('stock.items.category')}</Table.Th>
            <Table.Th w={180}>{t('stock.items.condition')}</Table.Th>
            <Table.Th>{t('stock.items.verdict')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" ta="center" py="md">
                  {t(stocktake.items.length === 0 ? 'stock.items.emptyRoom' : `stock.items.none.${filter}`)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {items.map((item) => {
            const label = t('stock.items.foundOf', { tag: item.tag, name: item.name });
            const condition = item.conditionFound ?? item.conditionBefore;
            return (
              <Table.Tr key={item.assetId} data-verdict={item.verdict}>
                <Table.Td>
                  {onMark ? (
                    <Checkbox
                      aria-label={label}
                      checked={item.found}
                      onChange={() => onMark(item, !item.found, null)}
                      onClick={(event) => {
                        if (event.detail > 0) onPointerMark?.();
                      }}
                    />
                  ) : item.found ? (
                    <IconCheck size={18} color="var(--mantine-color-green-7)" aria-label={label} />
                  ) : (
                    <IconMinus size={18} color="var(--mantine-color-gray-5)" aria-hidden />
                  )}
                </Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm" fw={600}>
                    {item.tag}
                  </Text>
                </Table.Td>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{item.categoryName}</Table.Td>
                <Table.Td>
                  {onMark && item.found ? (
                    <NativeSelect
                      size="xs"
                      aria-label={t('stock.items.conditionOf', { tag: item.tag })}
                      value={condition}
                      onChange={(event) => onMark(item, true, event.currentTarget.value as AssetCondition)}
                      data={ASSET_CONDITIONS.map((value) => ({ value, label: t(`equipment.condition.${value}`) }))}
                    />
                  ) : (
                    <Text size="sm" c={item.found ? undefined : 'dimmed'}>
                      {t(`equipment.condition.${condition}`)}
                      {item.found && item.conditionFound && item.conditionFound !== item.conditionBefore
                        ? ` (${t('stock.items.wasCondition', { condition: t(`equipment.condition.${item.conditionBefore}`) })})`
                        : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Badge
                      variant="light"
                      color={VERDICT_COLOR[item.verdict]}
                      styles={{ label: { textTransform: 'none' } }}
                    >
                      {t(`stock.verdict.${item.verdict}`)}
                    </Badge>
                    {item.verdict === 'unexpected' || item.verdict === 'away' ? (
                      <Text size="xs" c="dimmed">
                        {whereFrom(item)}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
