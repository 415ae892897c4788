import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInInput, type Loan } from '@shared/contract';
import { ASSET_CONDITIONS, type AssetCondition } from '@shared/equipment';
import type { FieldErrors } from '@shared/errors';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { ApiError } from '../../lib/api';
import { fieldErrorText } from '../../lib/errors';
import { parseInput, useAppForm, useSingleFlight } from '../../lib/forms';
import { useCheckIn } from './queries';
import { ReceiptButton } from './ReceiptButton';
import { ConditionBadge } from './StatusBadges';

export interface CheckInRow {
  assetId: number;
  tag: string;
  name: string;
  conditionOut: AssetCondition;
  returned: boolean;
  condition: AssetCondition;
  damageNote: string;
}

interface CheckInValues extends Record<string, unknown> {
  returnedOn: string;
  rows: CheckInRow[];
}

/** The loan's items still out, each ticked as returned in the condition it went out in. */
export function openRows(loan: Loan): CheckInRow[] {
  return loan.items
    .filter((item) => item.returnedOn === null)
    .map((item) => ({
      assetId: item.assetId,
      tag: item.tag,
      name: item.name,
      conditionOut: item.conditionOut,
      returned: true,
      condition: item.conditionOut,
      damageNote: '',
    }));
}

/** The ticked rows as checkInInput, and a way to put its errors (items.N.x) back on rows.M.x. */
export function checkInCandidate(loanId: number, values: CheckInValues) {
  const ticked = values.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.returned);
  const candidate = {
    loanId,
    returnedOn: parseTypedDate(values.returnedOn) ?? values.returnedOn,
    items: ticked.map(({ row }) => ({ assetId: row.assetId, condition: row.condition, damageNote: row.damageNote })),
  };
  const toRows = (errors: FieldErrors): FieldErrors => {
    const mapped: FieldErrors = {};
    for (const [path, key] of Object.entries(errors)) {
      const match = /^items\.(\d+)\.(.+)$/.exec(path);
      const original = match ? ticked[Number(match[1])]?.index : undefined;
      if (path === 'items') mapped['rows'] = key === 'required' ? 'check_in_none' : key;
      else mapped[match && original !== undefined ? `rows.${original}.${match[2]}` : path] = key;
    }
    return mapped;
  };
  return { candidate, toRows };
}

function CheckInForm({ loan, onDone, onCancel }: { loan: Loan; onDone: (loan: Loan) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn();
  const submit = useSingleFlight(checkIn);
  const form = useAppForm<CheckInValues>({
    initialValues: { returnedOn: toTypedDate(todayIso()), rows: openRows(loan) },
  });
  const onSubmit = form.onSubmit((values) => {
    const { candidate, toRows } = checkInCandidate(loan.id, values);
    const parsed = parseInput(checkInInput, candidate);
    if (!parsed.ok) return form.setErrors(toRows(parsed.errors));
    submit(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t('equipment.checkIn.saved', { count: parsed.data.items.length }),
        });
        onDone(saved);
      },
      onError: (error) => {
        if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(toRows(error.fields));
      },
    });
  });
  const noneError = form.errors['rows'];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <DateField
          label={t('equipment.checkIn.returnedOn')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('returnedOn')}
        />
        {form.values.rows.map((row, index) => (
          <Paper key={row.assetId} withBorder radius="md" p="sm" data-testid="check-in-row">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Checkbox
                  label={
                    <Text component="span" size="sm">
                      <Text component="span" ff="monospace" fw={700}>
                        {row.tag}
                      </Text>{' '}
                      {row.name}
                    </Text>
                  }
                  {...form.getInputProps(`rows.${index}.returned`, { type: 'checkbox' })}
                />
                <Group gap={4} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {t('equipment.checkIn.conditionOut')}
                  </Text>
                  <ConditionBadge condition={row.conditionOut} size="sm" />
                </Group>
              </Group>
              {row.returned ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('equipment.checkIn.condition')}
                    aria-label={t('equipment.checkIn.conditionOf', { tag: row.tag })}
                    allowDeselect={false}
                    data={ASSET_CONDITIONS.map((item) => ({ value: item, label: t(`equipment.condition.${item}`) }))}
                    {...form.getInputProps(`rows.${index}.condition`)}
                  />
                  <TextInput
                    label={t('equipment.checkIn.damageNote')}
                    aria-label={t('equipment.checkIn.damageNoteOf', { tag: row.tag })}
                    placeholder={
                      row.condition === row.conditionOut ? undefined : t('equipment.checkIn.damagePlaceholder')
                    }
                    {...form.getInputProps(`rows.${index}.damageNote`)}
                  />
                </SimpleGrid>
              ) : null}
            </Stack>
          </Paper>
        ))}
        {typeof noneError === 'string' ? (
          <Text c="red" size="sm" role="alert">
            {noneError === 'check_in_none' ? t('equipment.checkIn.noneTicked') : fieldErrorText(t, noneError)}
          </Text>
        ) : null}
        <FormActions error={checkIn.error} pending={checkIn.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Pengembalian: tick what came back, note its condition and any damage; then the return receipt. */
export function CheckInModal({ loan, opened, onClose }: { loan: Loan; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<Loan | null>(null);
  const close = () => {
    setDone(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('equipment.checkIn.title', { borrower: loan.borrower })} size="xl">
      {done ? (
        <Alert color="teal" variant="light" icon={<IconCheck size={20} />} title={t('equipment.checkIn.doneTitle')}>
          <Stack gap="sm">
            <Text>
              {done.openCount === 0
                ? t('equipment.checkIn.allBack')
                : t('equipment.checkIn.stillOut', { count: done.openCount })}
            </Text>
            <Group gap="sm">
              <ReceiptButton loanId={done.id} kind="return" autoFocus />
              <Button variant="default" onClick={close}>
                {t('common.close')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : opened ? (
        <CheckInForm loan={loan} onDone={setDone} onCancel={close} />
      ) : null}
    </Modal>
  );
}
