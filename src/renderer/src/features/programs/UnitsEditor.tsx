import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramValues } from './programValues';
import { addUnit, filledRows, moveUnit, removeUnit, sumJp, type UnitRow } from './units';

/**
 * The programme's competency units (SKKNI) in teaching order. Typing JP fills the programme's
 * total; Enter in a JP box opens the next row, so a whole syllabus goes in without the mouse.
 */
export function UnitsEditor({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  const rows = form.getValues().units;
  const box = useRef<HTMLDivElement>(null);
  // The row whose code box takes the focus once the rows are on screen (after add, move, Enter).
  const focusNext = useRef<number | null>(null);
  const [, rerender] = useState(0);
  const setFocusRow = (index: number) => {
    focusNext.current = index;
    rerender((n) => n + 1);
  };

  useEffect(() => {
    if (focusNext.current === null) return;
    const code = box.current?.querySelector<HTMLInputElement>(`[data-unit-code="${focusNext.current}"]`);
    // The form may show a new row a render later than this one: keep the wish until it is there.
    if (!code) return;
    code.focus();
    focusNext.current = null;
  });

  /** Every change of rows re-derives the total, and row-bound errors no longer match their rows. */
  const setRows = (next: UnitRow[], structural = true) => {
    form.setFieldValue('units', next);
    if (filledRows(next).some((row) => row.jp !== '')) form.setFieldValue('totalJp', sumJp(next));
    if (!structural) return;
    const errors = Object.fromEntries(Object.entries(form.errors).filter(([key]) => !key.startsWith('units.')));
    form.setErrors(errors);
  };

  const add = (after?: number) => {
    const { rows: next, index } = addUnit(rows, after);
    setRows(next);
    setFocusRow(index);
  };

  const onJpKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (index === rows.length - 1) add(index);
    else setFocusRow(index + 1);
  };

  const onRowKey = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const by = event.key === 'ArrowUp' ? -1 : 1;
    setRows(moveUnit(rows, index, by));
    setFocusRow(Math.min(Math.max(index + by, 0), rows.length - 1));
  };

  const total = sumJp(rows);
  return (
    <Fieldset legend={t('units.title')} radius="md">
      <Stack gap="sm" ref={box}>
        <Text size="sm" c="dimmed">
          {t('units.intro')}
        </Text>
        <Table verticalSpacing={4} horizontalSpacing="xs" withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={32}>#</Table.Th>
              <Table.Th w={210}>{t('units.code')}</Table.Th>
              <Table.Th>{t('units.unitTitle')}</Table.Th>
              <Table.Th w={100}>{t('units.jp')}</Table.Th>
              <Table.Th w={104}>
                <Text span size="xs" c="dimmed">
                  {t('common.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              return (
                <Table.Tr key={row.key} onKeyDown={onRowKey(index)} style={{ verticalAlign: 'top' }}>
                  <Table.Td pt={10}>
                    <Text size="sm" c="dimmed">
                      {n}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('units.codeOf', { n })}
                      placeholder="J.620100.001.01"
                      data-unit-code={index}
                      autoComplete="off"
                      {...form.getInputProps(`units.${index}.code`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('units.titleOf', { n })}
                      autoComplete="off"
                      {...form.getInputProps(`units.${index}.title`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('units.jpOf', { n })}
                      min={1}
                      max={1000}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      {...form.getInputProps(`units.${index}.jp`)}
                      onChange={(value) => {
                        // NumberInput also reports on blur; only a real change re-derives the total.
                        if (value === row.jp) return;
                        const next = rows.map((other, at) => (at === index ? { ...other, jp: value } : other));
                        setRows(next, false);
                        form.clearFieldError(`units.${index}.jp`);
                      }}
                      onKeyDown={onJpKey(index)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" pt={4}>
                      <Tooltip label={t('units.moveUp')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          tabIndex={-1}
                          disabled={index === 0}
                          aria-label={t('units.moveUpOf', { n })}
                          onClick={() => setRows(moveUnit(rows, index, -1))}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('units.moveDown')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          tabIndex={-1}
                          disabled={index === rows.length - 1}
                          aria-label={t('units.moveDownOf', { n })}
                          onClick={() => setRows(moveUnit(rows, index, 1))}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('units.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          tabIndex={-1}
                          aria-label={t('units.removeOf', { n })}
                          onClick={() => setRows(removeUnit(rows, index))}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={() => add()}>
            {t('units.add')}
          </Button>
          <Text size="sm" fw={600} aria-live="polite">
            {t('units.summary', { count: filledRows(rows).length, jp: total })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('units.keysHint')}
        </Text>
      </Stack>
    </Fieldset>
  );
}
