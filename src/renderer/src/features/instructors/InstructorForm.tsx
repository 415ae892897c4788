import { Checkbox, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { instructorFields, type Instructor } from '@shared/contract';
import { EMPLOYER_KINDS, type EmployerKind } from '@shared/instructors';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { usePrograms } from '../programs/queries';
import { CertificateFields } from './CertificateFields';
import { emptyInstructor, instructorCandidate, instructorValues, type InstructorValues } from './instructorValues';
import { useSaveInstructor } from './queries';

export function InstructorForm({ instructor, onDone }: { instructor: Instructor | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveInstructor();
  const submit = useSingleFlight(save);
  const programs = usePrograms();
  const form = useAppForm<InstructorValues>({
    initialValues: instructor ? instructorValues(instructor) : emptyInstructor(),
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(instructorFields, instructorCandidate(values));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(instructor ? { ...parsed.data, id: instructor.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('instructors.saved', { name: saved.fullName }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  const values = form.getValues();
  const nikProps = form.getInputProps('nik');
  const knownTrades = [...new Set((programs.data ?? []).map((program) => program.trade))].sort();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('nik.label')}
            description={
              values.nik.length > 0 && values.nik.length < 16
                ? t('nik.digitsLeft', { count: 16 - values.nik.length })
                : t('nik.description')
            }
            withAsterisk
            data-autofocus
            inputMode="numeric"
            autoComplete="off"
            maxLength={16}
            {...nikProps}
            onChange={(event) => form.setFieldValue('nik', event.currentTarget.value.replace(/\D/g, '').slice(0, 16))}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
          />
          <TextInput label={t('instructors.fullName')} withAsterisk {...form.getInputProps('fullName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('instructors.phone')}
            description={t('instructors.phoneHint')}
            withAsterisk
            inputMode="tel"
            {...form.getInputProps('phone')}
          />
          <TagsInput
            label={t('instructors.trades')}
            description={t('instructors.tradesHint')}
            data={knownTrades}
            clearable
            {...form.getInputProps('trades')}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500} id="employer-kind-label">
            {t('instructors.employer')}
          </Text>
          <SegmentedControl<EmployerKind>
            aria-labelledby="employer-kind-label"
            data={EMPLOYER_KINDS.map((kind) => ({ value: kind, label: t(`instructors.employerKind.${kind}`) }))}
            value={values.employerKind}
            onChange={(kind) => form.setFieldValue('employerKind', kind)}
            w={{ base: '100%', sm: 420 }}
          />
          {values.employerKind === 'partner' ? (
            <TextInput
              label={t('instructors.employerName')}
              description={t('instructors.employerNameHint')}
              withAsterisk
              {...form.getInputProps('employerName')}
            />
          ) : null}
        </Stack>
        <Text size="sm" c="dimmed">
          {t('instructors.certificatesIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CertificateFields form={form} kind="competency" />
          <CertificateFields form={form} kind="methodology" />
        </SimpleGrid>
        <Checkbox
          label={t('instructors.activeLabel')}
          description={t('instructors.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
