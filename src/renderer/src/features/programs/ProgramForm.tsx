import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { programFields, type Program } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { emptyProgram, programCandidate, programValues, type ProgramValues } from './programValues';
import { useSaveProgram } from './queries';
import { RulesFields } from './RulesFields';

export function ProgramForm({ program, onDone }: { program: Program | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProgram();
  const submit = useSingleFlight(save);
  const form = useAppForm<ProgramValues>({ initialValues: program ? programValues(program) : emptyProgram });
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('programs.trade')}
            description={t('programs.tradeHint')}
            withAsterisk
            {...form.getInputProps('trade')}
          />
          <NumberInput
            label={t('programs.totalJp')}
            description={t('programs.totalJpHint')}
            withAsterisk
            min={1}
            max={5000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('totalJp')}
          />
        </SimpleGrid>
        <Textarea label={t('programs.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <RulesFields form={form} />
        <ErrorAlert error={save.error} fieldsShown />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
