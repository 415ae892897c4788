import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { movementInput, type Consumable } from '@shared/contract';
import type { MovementKind } from '@shared/equipment';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { isApiError } from '../../lib/api';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useClasses } from '../classes/queries';
import { useMoveStock } from './stockQueries';
import { fromMilli, parseQuantity, stockParam, toMilli } from './stockQuantity';
import { useStockFormat } from './useStockFormat';

interface MovementValues extends Record<string, unknown> {
  quantity: string;
  movedOn: string;
  reason: string;
  classId: string | null;
}

/** Classes a practice material can be used for: the running ones first, closed ones left out. */
const CLASS_ORDER = { running: 0, open: 1, planned: 2, finished: 3, closed: 4 } as const;

/**
 * Terima (received), Pakai (used, optionally for a class) or Sesuaikan (a correction with a
 * reason). The quantity takes a comma or a dot as the decimal sign and echoes what it read and
 * the stock it leaves, so "1.5" typed on the keypad is seen as one and a half before saving.
 */
export function MovementForm({
  consumable,
  kind,
  onDone,
}: {
  consumable: Consumable;
  kind: MovementKind;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useStockFormat();
  const move = useMoveStock();
  const submit = useSingleFlight(move);
  const classes = useClasses();
  const [stockError, setStockError] = useState<string | null>(null);
  const form = useAppForm<MovementValues>({
    initialValues: { quantity: '', movedOn: toTypedDate(todayIso()), reason: '', classId: null },
  });
  const values = form.getValues();
  const parsed = values.quantity.trim() === '' ? null : parseQuantity(values.quantity);

  const stockAfter = (quantity: number) => {
    const change = kind === 'used' ? -toMilli(quantity) : toMilli(quantity);
    return fromMilli(toMilli(consumable.stock) + change);
  };

  /** STOCK_NOT_ENOUGH, said at the quantity in words: how much is left, in this item's unit. */
  const notEnough = (error: unknown) => {
    if (!isApiError(error, 'STOCK_NOT_ENOUGH')) return null;
    const stock = stockParam(error.params['stock']);
    return t('errors.STOCK_NOT_ENOUGH', {
      name: error.params['name'] ?? consumable.name,
      stock: stock === null ? format.number(consumable.stock) : format.number(stock),
      unit: format.unitLabel(String(error.params['unit'] ?? consumable.unit)),
    });
  };

  const onSubmit = form.onSubmit((typed) => {
    setStockError(null);
    const quantity = parseQuantity(typed.quantity);
    const movedOn = parseTypedDate(typed.movedOn);
    const candidate = {
      consumableId: consumable.id,
      kind,
      quantity: quantity.ok ? quantity.value : undefined,
      movedOn: movedOn ?? typed.movedOn,
      reason: typed.reason,
      classId: kind === 'used' && typed.classId ? Number(typed.classId) : null,
    };
    const checked = parseInput(movementInput, candidate);
    const errors = checked.ok ? {} : { ...checked.errors };
    if (typed.quantity.trim() === '') errors['quantity'] = 'required';
    else if (!quantity.ok) errors['quantity'] = quantity.error;
    if (!movedOn) errors['movedOn'] = typed.movedOn.trim() === '' ? 'required' : 'date';
    if (!checked.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    submit(checked.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(`stock.move.saved.${kind}`, {
            name: saved.name,
            quantity: format.amount(Math.abs(checked.data.quantity), saved.unit),
            stock: format.amount(saved.stock, saved.unit),
          }),
        });
        onDone();
      },
      onError: (error) => {
        const message = notEnough(error);
        if (message) setStockError(message);
        else showServerFieldErrors(form, error);
      },
    });
  });

  const quantityProps = form.getInputProps('quantity');
  // Said while typing: more than is on the shelf will be refused (STOCK_NOT_ENOUGH) on save.
  const overdrawn = parsed?.ok === true && stockAfter(parsed.value) < 0;
  const echo =
    parsed?.ok !== true ? (
      t(`stock.move.quantityHint.${kind}`)
    ) : overdrawn ? (
      <Text span size="xs" c="orange.9" fw={600}>
        {t('stock.move.echoOverdrawn', {
          quantity: format.amount(parsed.value, consumable.unit, kind === 'adjusted'),
          stock: format.amount(consumable.stock, consumable.unit),
        })}
      </Text>
    ) : (
      t('stock.move.echo', {
        quantity: format.amount(parsed.value, consumable.unit, kind === 'adjusted'),
        stock: format.amount(stockAfter(parsed.value), consumable.unit),
      })
    );
  const classOptions = [...(classes.data ?? [])]
    .filter((klass) => klass.status !== 'closed')
    .sort((a, b) => CLASS_ORDER[a.status] - CLASS_ORDER[b.status] || a.name.localeCompare(b.name, 'id'))
    .map((klass) => ({ value: String(klass.id), label: `${klass.name} — ${klass.programName}` }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('stock.move.current', { name: consumable.name, stock: format.amount(consumable.stock, consumable.unit) })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t(`stock.move.quantity.${kind}`)}
            withAsterisk
            data-autofocus
            inputMode="decimal"
            autoComplete="off"
            rightSection={
              <Text size="sm" c="dimmed">
                {format.unitLabel(consumable.unit)}
              </Text>
            }
            rightSectionWidth={72}
            {...quantityProps}
            description={echo}
            error={stockError ?? quantityProps.error}
            onChange={(event) => {
              setStockError(null);
              quantityProps.onChange(event);
            }}
          />
          <DateField label={t('stock.move.movedOn')} withAsterisk {...form.getInputProps('movedOn')} />
        </SimpleGrid>
        {kind === 'used' ? (
          <Select
            label={t('stock.move.class')}
            description={t('stock.move.classHint')}
            searchable
            clearable
            data={classOptions}
            nothingFoundMessage={t('stock.move.noClass')}
            {...form.getInputProps('classId')}
          />
        ) : null}
        <TextInput
          label={t(kind === 'adjusted' ? 'stock.move.reasonRequired' : 'stock.move.reason')}
          description={t(`stock.move.reasonHint.${kind}`)}
          withAsterisk={kind === 'adjusted'}
          autoComplete="off"
          {...form.getInputProps('reason')}
        />
        <FormActions
          error={isApiError(move.error, 'STOCK_NOT_ENOUGH') ? null : move.error}
          pending={move.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
