import { NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { programFields, type Program } from '@shared/contract';
import { FormActions } from '../../components/FormActions';
import { fieldErrorText } from '../../lib/errors';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { emptyProgram, programCandidate, programValues, type ProgramValues } from './programValues';
import { useSaveProgram } from './queries';
import { RulesFields } from './RulesFields';
import { jpMismatch, filledRows, sumJp } from './units';
import { UnitsEditor } from './UnitsEditor';

export function ProgramForm({ program, onDone }: { program: Program | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProgram();
  const submit = useSingleFlight(save);
  const form = useAppForm<ProgramValues>({ initialValues: program ? programValues(program) : emptyProgram() });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(programFields, programCandidate(values));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(program ? { ...parsed.data, id: program.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('programs.saved', { name: saved.name }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  const values = form.getValues();
  const units = filledRows(values.units);
  const unitsJp = sumJp(units);
  const totalProps = form.getInputProps('totalJp');
  // Said at once, not only on save: the clerk sees which number is off while typing it.
  const mismatch = jpMismatch(values.units, values.totalJp)
    ? `${fieldErrorText(t, 'jp_mismatch') ?? ''} (${t('programs.jp', { count: unitsJp })})`
    : undefined;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('programs.code')}
            description={t('programs.codeHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('programs.name')}
            withAsterisk
            {...form.getInputProps('name')}
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            label={t('programs.trade')}
            description={t('programs.tradeHint')}
            withAsterisk
            {...form.getInputProps('trade')}
          />
          <NumberInput
            label={t('programs.totalJp')}
            description={
              units.length > 0 ? t('programs.totalJpFromUnits', { count: unitsJp }) : t('programs.totalJpHint')
            }
            withAsterisk
            min={1}
            max={5000}
            allowDecimal={false}
            allowNegative={false}
            {...totalProps}
            error={totalProps.error ?? mismatch}
          />
          <NumberInput
            label={t('programs.jpMinutes')}
            description={t('programs.jpMinutesHint')}
            withAsterisk
            min={30}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            suffix={` ${t('programs.minutes')}`}
            {...form.getInputProps('jpMinutes')}
          />
          <NumberInput
            label={t('programs.minAttendancePct')}
            description={t('programs.minAttendancePctHint')}
            withAsterisk
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            suffix="%"
            {...form.getInputProps('minAttendancePct')}
          />
        </SimpleGrid>
        <UnitsEditor form={form} />
        <Textarea label={t('programs.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <RulesFields form={form} />
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
