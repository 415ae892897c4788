import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTool, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  programEquipmentInput,
  type EquipmentCategory,
  type Program,
  type ProgramEquipmentItem,
} from '@shared/contract';
import { useCan } from '../../app/session';
import { FormActions } from '../../components/FormActions';
import { QueryState } from '../../components/QueryState';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useCategoryOptions, useProgramEquipment, useSaveProgramEquipment } from './stockQueries';

interface NeedRow {
  key: number;
  categoryId: string | null;
  quantity: number | string;
}

interface NeedValues extends Record<string, unknown> {
  items: NeedRow[];
}

let nextKey = 1;
const row = (categoryId: string | null = null, quantity: number | string = ''): NeedRow => ({
  key: nextKey++,
  categoryId,
  quantity,
});

function NeedsForm({
  program,
  items,
  categories,
  onDone,
}: {
  program: Program;
  items: ProgramEquipmentItem[];
  categories: EquipmentCategory[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveProgramEquipment();
  const submit = useSingleFlight(save);
  const form = useAppForm<NeedValues>({
    initialValues: {
      items: items.length > 0 ? items.map((item) => row(String(item.categoryId), item.quantity)) : [row()],
    },
  });
  const rows = form.getValues().items;
  const box = useRef<HTMLDivElement>(null);
  // The row whose category box takes the focus once it is on screen (after Add or Enter).
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    box.current?.querySelector<HTMLInputElement>(`[data-need-category="${focusRow.current}"]`)?.focus();
    focusRow.current = null;
  });

  const setRows = (next: NeedRow[]) => {
    form.setFieldValue('items', next);
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([key]) => !key.startsWith('items.'))));
  };
  const add = () => {
    focusRow.current = rows.length;
    setRows([...rows, row()]);
  };
  const onQuantityKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || index !== rows.length - 1) return;
    event.preventDefault();
    add();
  };

  const onSubmit = form.onSubmit((values) => {
    // Rows left blank are dropped, so the numbering of errors matches what stays on screen.
    const kept = values.items.filter((item) => item.categoryId !== null || item.quantity !== '');
    if (kept.length !== values.items.length) form.setFieldValue('items', kept.length > 0 ? kept : [row()]);
    const parsed = parseInput(programEquipmentInput, {
      programId: program.id,
      items: kept.map((item) => ({
        categoryId: item.categoryId ? Number(item.categoryId) : undefined,
        quantity: item.quantity === '' ? undefined : Number(item.quantity),
      })),
    });
    if (!parsed.ok) {
      // An empty box is "required", not "not a whole number".
      const errors = { ...parsed.errors };
      kept.forEach((item, index) => {
        if (item.quantity === '') errors[`items.${index}.quantity`] = 'required';
      });
      return form.setErrors(errors);
    }
    submit(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('stock.needs.saved', { name: program.name }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });

  const options = (current: string | null) =>
    categories
      .filter((category) => category.active || String(category.id) === current)
      .map((category) => ({ value: String(category.id), label: `${category.name} (${category.code})` }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" ref={box}>
        <Text size="sm">{t('stock.needs.intro')}</Text>
        {categories.length === 0 ? (
          <Text c="orange.9" size="sm">
            {t('stock.needs.noCategories')}
          </Text>
        ) : null}
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.needs.category')}</Table.Th>
              <Table.Th w={140}>{t('stock.needs.quantity')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((need, index) => (
              <Table.Tr key={need.key} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Select
                    aria-label={t('stock.needs.categoryOf', { n: index + 1 })}
                    searchable
                    data={options(need.categoryId)}
                    data-need-category={index}
                    data-autofocus={index === 0 ? true : undefined}
                    nothingFoundMessage={t('stock.needs.noCategories')}
                    {...form.getInputProps(`items.${index}.categoryId`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('stock.needs.quantityOf', { n: index + 1 })}
                    min={1}
                    max={500}
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls
                    {...form.getInputProps(`items.${index}.quantity`)}
                    onKeyDown={onQuantityKey(index)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    tabIndex={-1}
                    aria-label={t('stock.needs.removeOf', { n: index + 1 })}
                    onClick={() => setRows(rows.length > 1 ? rows.filter((_, at) => at !== index) : [row()])}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('stock.needs.add')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('stock.needs.keysHint')}
          </Text>
        </Group>
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** The equipment a programme needs per class, by category; readiness of its classes is checked against it. */
export function ProgramEquipmentEditor({ program, onDone }: { program: Program; onDone: () => void }) {
  const needs = useProgramEquipment(program.id);
  const categories = useCategoryOptions();
  return (
    <QueryState query={needs}>
      {(items) => (
        <QueryState query={categories}>
          {(list) => <NeedsForm program={program} items={items} categories={list} onDone={onDone} />}
        </QueryState>
      )}
    </QueryState>
  );
}

/** The row action on Program Pelatihan that opens the editor; only administrators see it. */
export function ProgramEquipmentButton({ program }: { program: Program }) {
  const { t } = useTranslation();
  const canSave = useCan('programEquipment.save');
  const [open, setOpen] = useState(false);
  if (!canSave) return null;
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconTool size={14} />}
        onClick={() => setOpen(true)}
        aria-label={`${t('stock.needs.button')} ${program.name}`}
      >
        {t('stock.needs.button')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('stock.needs.title', { name: program.name })}
        size="lg"
      >
        {open ? <ProgramEquipmentEditor program={program} onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}
