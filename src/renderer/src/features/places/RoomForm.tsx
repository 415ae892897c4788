import { Checkbox, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { roomFields, type Room } from '@shared/contract';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useSaveRoom } from './queries';

interface RoomValues extends Record<string, unknown> {
  name: string;
  trade: string;
  capacity: number | string;
  active: boolean;
}

export function RoomForm({ room, onDone }: { room: Room | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveRoom();
  const submit = useSingleFlight(save);
  const form = useAppForm<RoomValues>({
    initialValues: room
      ? { name: room.name, trade: room.trade, capacity: room.capacity, active: room.active }
      : { name: '', trade: '', capacity: 16, active: true },
  });
  const onSubmit = form.onSubmit((values) => {
    const candidate = { ...values, capacity: values.capacity === '' ? undefined : Number(values.capacity) };
    const parsed = parseInput(roomFields, candidate);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(room ? { ...parsed.data, id: room.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('rooms.saved', { name: saved.name }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('rooms.name')}
          description={t('rooms.nameHint')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('rooms.trade')} description={t('rooms.tradeHint')} {...form.getInputProps('trade')} />
          <NumberInput
            label={t('rooms.capacity')}
            description={t('rooms.capacityHint')}
            withAsterisk
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('places.activeLabel')}
          description={t('places.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
