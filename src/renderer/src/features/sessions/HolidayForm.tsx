import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type Holiday } from '@shared/contract';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseTypedDate, toTypedDate, useFormatDate } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useSaveHoliday } from './queries';

interface HolidayValues extends Record<string, unknown> {
  date: string;
  name: string;
}

/** Adds a holiday, or renames one (its date is then fixed: a holiday is known by its date). */
export function HolidayForm({ holiday, onDone }: { holiday: Holiday | null; onDone: (saved: Holiday | null) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const save = useSaveHoliday();
  const submit = useSingleFlight(save);
  const form = useAppForm<HolidayValues>({
    initialValues: holiday ? { date: toTypedDate(holiday.date), name: holiday.name } : { date: '', name: '' },
  });
  const onSubmit = form.onSubmit((values) => {
    const candidate = { date: parseTypedDate(values.date) ?? values.date, name: values.name };
    const parsed = parseInput(contract['holidays.save'].input, candidate);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t('holidays.saved', { name: saved.name, date: formatDate(saved.date) }),
        });
        onDone(saved);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <DateField
          label={t('holidays.date')}
          withAsterisk
          readOnly={holiday !== null}
          data-autofocus={holiday === null ? true : undefined}
          {...form.getInputProps('date')}
        />
        <TextInput
          label={t('holidays.name')}
          description={t('holidays.nameHint')}
          withAsterisk
          data-autofocus={holiday !== null ? true : undefined}
          {...form.getInputProps('name')}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
