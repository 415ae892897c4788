import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAdjustments, IconList, IconMinus, IconPlus, IconSearch, IconTruckDelivery } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consumable } from '@shared/contract';
import type { MovementKind } from '@shared/equipment';
import { useCan } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { ConsumableForm } from './ConsumableForm';
import { MovementForm } from './MovementForm';
import { StockCardPanel } from './StockCardPanel';
import { useConsumables } from './stockQueries';
import { useStockFormat } from './useStockFormat';

const MOVE_ICON = { received: IconTruckDelivery, used: IconMinus, adjusted: IconAdjustments } as const;

export function LowStockBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="filled" styles={{ label: { textTransform: 'none' } }}>
      {t('stock.consumable.low')}
    </Badge>
  );
}

/** Bahan Habis Pakai: practice materials with their stock, what to reorder, and every in and out. */
export function ConsumablesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useStockFormat();
  const canEdit = useCan('consumables.create');
  const canMove = useCan('consumables.move');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [lowOnly, setLowOnly] = useState(false);
  const consumables = useConsumables({ search: debounced.trim(), lowOnly });
  // undefined: closed; null: a new item; a Consumable: editing it.
  const [editing, setEditing] = useState<Consumable | null | undefined>(undefined);
  const [moving, setMoving] = useState<{ consumable: Consumable; kind: MovementKind } | null>(null);
  const [card, setCard] = useState<Consumable | null>(null);
  const filtered = debounced.trim() !== '' || lowOnly;
  const empty = filtered
    ? t(lowOnly && debounced.trim() === '' ? 'stock.consumable.noneLow' : 'stock.consumable.noMatch')
    : t(canEdit ? 'stock.consumable.empty' : 'stock.consumable.emptyReadOnly');

  return (
    <Stack gap="md">
      <PageHeader
        title={t('stock.consumable.title')}
        subtitle={t('stock.consumable.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
              {t('stock.consumable.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Group align="flex-end">
            <TextInput
              label={t('stock.consumable.search')}
              placeholder={t('stock.consumable.searchHint')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              autoFocus
              data-autofocus
              style={{ flex: 1, maxWidth: 420 }}
            />
            <Switch
              label={t('stock.consumable.lowOnly')}
              checked={lowOnly}
              onChange={(event) => setLowOnly(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <DataTable<Consumable>
            minHeight={180}
            striped
            verticalSpacing="sm"
            fetching={consumables.isPending || consumables.isPlaceholderData}
            records={consumables.data ?? []}
            noRecordsText={consumables.isError ? errorText(consumables.error) : empty}
            columns={[
              {
                accessor: 'name',
                title: t('stock.consumable.name'),
                render: (row) => (
                  <Stack gap={0}>
                    <Text fw={600} c={row.active ? undefined : 'dimmed'}>
                      {row.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.roomName ?? t('stock.consumable.noRoom')}
                      {row.active ? '' : ` · ${t('stock.consumable.inactive')}`}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'stock',
                title: t('stock.consumable.stock'),
                textAlign: 'right',
                noWrap: true,
                render: (row) => (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {row.low ? <LowStockBadge /> : null}
                    <Text fw={700} c={row.low ? 'orange.9' : undefined}>
                      {format.amount(row.stock, row.unit)}
                    </Text>
                  </Group>
                ),
              },
              {
                accessor: 'lowStock',
                title: t('stock.consumable.lowStockCol'),
                textAlign: 'right',
                noWrap: true,
                render: (row) => (row.lowStock > 0 ? format.amount(row.lowStock, row.unit) : t('common.none')),
              },
              {
                accessor: 'actions',
                title: t('common.actions'),
                noWrap: true,
                render: (row) => (
                  <Group gap={4} wrap="nowrap">
                    {canMove
                      ? (['received', 'used', 'adjusted'] as const).map((kind) => {
                          const Icon = MOVE_ICON[kind];
                          return (
                            <Button
                              key={kind}
                              size="xs"
                              variant={kind === 'adjusted' ? 'subtle' : 'light'}
                              leftSection={<Icon size={14} />}
                              onClick={() => setMoving({ consumable: row, kind })}
                              aria-label={`${t(`stock.move.button.${kind}`)} ${row.name}`}
                            >
                              {t(`stock.move.button.${kind}`)}
                            </Button>
                          );
                        })
                      : null}
                    <Button
                      size="xs"
                      variant="subtle"
                      color="gray"
                      leftSection={<IconList size={14} />}
                      onClick={() => setCard(row)}
                      aria-label={`${t('stock.card.title')} ${row.name}`}
                    >
                      {t('stock.card.title')}
                    </Button>
                    {canEdit ? <EditButton name={row.name} onClick={() => setEditing(row)} /> : null}
                  </Group>
                ),
              },
            ]}
          />
        </Stack>
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('stock.consumable.editTitle') : t('stock.consumable.createTitle')}
        size="lg"
      >
        {editing !== undefined ? <ConsumableForm consumable={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? t(`stock.move.title.${moving.kind}`, { name: moving.consumable.name }) : ''}
        size="lg"
      >
        {moving ? (
          <MovementForm consumable={moving.consumable} kind={moving.kind} onDone={() => setMoving(null)} />
        ) : null}
      </Modal>
      <Modal
        opened={card !== null}
        onClose={() => setCard(null)}
        title={card ? t('stock.card.titleOf', { name: card.name }) : ''}
        size="80rem"
      >
        {card ? (
          <StockCardPanel consumable={(consumables.data ?? []).find((row) => row.id === card.id) ?? card} />
        ) : null}
      </Modal>
    </Stack>
  );
}
