import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompetencyUnit } from '@shared/contract';
import { fieldErrorText } from '../../lib/errors';
import type { SessionValues } from './sessionValues';

/** The competency units taught in the session, each with its JP; together they make the session's JP. */
export function SessionUnitRows({ form, units }: { form: UseFormReturnType<SessionValues>; units: CompetencyUnit[] }) {
  const { t } = useTranslation();
  const rows = form.values.units;
  const listError = fieldErrorText(t, form.errors['units']);
  const addRow = () => {
    const index = rows.length;
    // A first unit takes the whole session's JP: the common case needs no arithmetic.
    form.insertListItem('units', { unitId: null, jp: index === 0 ? form.values.jp : '' });
    requestAnimationFrame(() => document.getElementById(`session-unit-${index}`)?.focus());
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('schedule.form.units')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('schedule.form.noUnits')}
        </Text>
      ) : null}
      {rows.map((_row, index) => {
        const taken = new Set(rows.filter((_, other) => other !== index).map((other) => other.unitId));
        return (
          <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
            <Select
              id={`session-unit-${index}`}
              label={t('schedule.form.unitN', { n: index + 1 })}
              placeholder={t('schedule.form.unitPick')}
              searchable
              selectFirstOptionOnChange
              style={{ flex: 1 }}
              data={units.map((unit) => ({
                value: String(unit.id),
                label: `${unit.code} — ${unit.title}`,
                disabled: taken.has(String(unit.id)),
              }))}
              {...form.getInputProps(`units.${index}.unitId`)}
            />
            <NumberInput
              label={t('schedule.form.unitJp', { n: index + 1 })}
              w={110}
              min={1}
              max={16}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`units.${index}.jp`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t('schedule.form.unitRemove', { n: index + 1 })}
              onClick={() => form.removeListItem('units', index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        );
      })}
      {listError ? (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} />}
          disabled={rows.length >= 20}
          onClick={addRow}
        >
          {t('schedule.form.unitAdd')}
        </Button>
      </Group>
    </Stack>
  );
}
