import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type Program } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useCopyProgram } from './queries';

/** A new intake of the same course: only a new code and name are asked; units and rules come along. */
export function CopyProgramForm({ source, onDone }: { source: Program; onDone: (copy: Program | null) => void }) {
  const { t } = useTranslation();
  const copy = useCopyProgram();
  const submit = useSingleFlight(copy);
  const form = useAppForm<{ code: string; name: string }>({ initialValues: { code: '', name: source.name } });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['programs.copy'].input, { ...values, id: source.id });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('programs.copied', { name: saved.name }) });
        onDone(saved);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('programs.copyIntro', { code: source.code, name: source.name, count: source.units.length })}
        </Text>
        <TextInput
          label={t('programs.newCode')}
          description={t('programs.codeHint')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('code')}
        />
        <TextInput label={t('programs.newName')} withAsterisk {...form.getInputProps('name')} />
        <ErrorAlert error={copy.error} fieldsShown />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={copy.isPending}>
            {t('programs.copySubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
