import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { classFields, type ClassSummary } from '@shared/contract';
import { CLASS_STATUSES, type ClassStatus } from '@shared/domain';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { usePrograms } from '../programs/queries';
import { classCandidate, classValues, emptyClass, type ClassValues } from './classValues';
import { useSaveClass } from './queries';

export function ClassForm({
  klass,
  onDone,
}: {
  klass: ClassSummary | null;
  onDone: (saved: ClassSummary | null) => void;
}) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const save = useSaveClass();
  const submit = useSingleFlight(save);
  const onlyProgram = programs.data?.length === 1 ? programs.data[0] : undefined;
  const form = useAppForm<ClassValues>({
    initialValues: klass ? classValues(klass) : emptyClass(onlyProgram?.id ?? null),
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(classFields, classCandidate(values));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(klass ? { ...parsed.data, id: klass.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('classes.saved', { name: saved.name }) });
        onDone(saved);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('classes.program')}
          withAsterisk
          searchable
          selectFirstOptionOnChange
          data-autofocus
          data={(programs.data ?? []).map((program) => ({
            value: String(program.id),
            label: `${program.code} — ${program.name}`,
          }))}
          {...form.getInputProps('programId')}
        />
        <TextInput
          label={t('classes.name')}
          description={t('classes.nameHint')}
          withAsterisk
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('classes.startDate')} withAsterisk {...form.getInputProps('startDate')} />
          <DateField label={t('classes.endDate')} withAsterisk {...form.getInputProps('endDate')} />
          <NumberInput
            label={t('classes.quota')}
            description={t('classes.quotaHint')}
            withAsterisk
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('quota')}
          />
          <Select<ClassStatus>
            label={t('classes.status')}
            withAsterisk
            allowDeselect={false}
            data={CLASS_STATUSES.map((status) => ({ value: status, label: t(`classStatus.${status}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} fieldsShown />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
