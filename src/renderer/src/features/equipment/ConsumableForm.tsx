import { Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { consumableFields, type Consumable } from '@shared/contract';
import { CONSUMABLE_UNITS } from '@shared/equipment';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useRooms } from '../places/queries';
import { useSaveConsumable } from './stockQueries';
import { parseQuantity, quantityText } from './stockQuantity';
import { useStockFormat } from './useStockFormat';

interface ConsumableValues extends Record<string, unknown> {
  name: string;
  unit: string | null;
  roomId: string | null;
  lowStock: string;
  active: boolean;
}

/** A practice material: its name, the unit it is counted in, where it is kept, and when to reorder. */
export function ConsumableForm({ consumable, onDone }: { consumable: Consumable | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useStockFormat();
  const rooms = useRooms();
  const save = useSaveConsumable();
  const submit = useSingleFlight(save);
  const form = useAppForm<ConsumableValues>({
    initialValues: consumable
      ? {
          name: consumable.name,
          unit: consumable.unit,
          roomId: consumable.roomId === null ? null : String(consumable.roomId),
          lowStock: consumable.lowStock ? quantityText(consumable.lowStock, format.locale) : '',
          active: consumable.active,
        }
      : { name: '', unit: null, roomId: null, lowStock: '', active: true },
  });
  const values = form.getValues();
  const onSubmit = form.onSubmit((typed) => {
    const lowStock = typed.lowStock.trim() === '' ? { ok: true as const, value: 0 } : parseQuantity(typed.lowStock);
    const parsed = parseInput(consumableFields, {
      name: typed.name,
      unit: typed.unit ?? undefined,
      roomId: typed.roomId ? Number(typed.roomId) : null,
      lowStock: lowStock.ok ? lowStock.value : 0,
      active: typed.active,
    });
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (!typed.unit) errors['unit'] = 'required';
    if (!lowStock.ok) errors['lowStock'] = lowStock.error;
    else if (lowStock.value < 0) errors['lowStock'] = 'quantity';
    if (!parsed.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    submit(consumable ? { ...parsed.data, id: consumable.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(consumable ? 'stock.consumable.saved' : 'stock.consumable.created', { name: saved.name }),
        });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  const roomOptions = (rooms.data ?? [])
    .filter((room) => room.active || String(room.id) === values.roomId)
    .map((room) => ({ value: String(room.id), label: room.name }));
  const unitLabel = values.unit ? format.unitLabel(values.unit) : '';
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('stock.consumable.name')}
          description={t('stock.consumable.nameHint')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('stock.consumable.unit')}
            description={consumable ? t('stock.consumable.unitHintEdit') : t('stock.consumable.unitHint')}
            withAsterisk
            searchable
            data={CONSUMABLE_UNITS.map((unit) => ({ value: unit, label: format.unitLabel(unit) }))}
            {...form.getInputProps('unit')}
          />
          <Select
            label={t('stock.consumable.room')}
            description={t('stock.consumable.roomHint')}
            searchable
            clearable
            data={roomOptions}
            {...form.getInputProps('roomId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('stock.consumable.lowStock')}
          description={t('stock.consumable.lowStockHint')}
          inputMode="decimal"
          autoComplete="off"
          rightSection={
            <Text size="sm" c="dimmed">
              {unitLabel}
            </Text>
          }
          rightSectionWidth={72}
          {...form.getInputProps('lowStock')}
        />
        {consumable ? (
          <Checkbox
            label={t('stock.consumable.active')}
            description={t('stock.consumable.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('stock.consumable.openingHint')}
          </Text>
        )}
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
