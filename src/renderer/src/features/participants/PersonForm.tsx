import { Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { participantFields, type ParticipantFields } from '@shared/contract';
import { ACTIVITIES, EDUCATION_LEVELS, SEXES, type EducationLevel } from '@shared/domain';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../lib/dates';
import { parseInput, useAppForm } from '../../lib/forms';
import { DistrictField } from '../regions/DistrictField';
import { RegencySelect } from '../regions/RegencySelect';
import { NikField } from './NikField';
import { nikHints, type NikRegion } from './nikHints';
import { NikWarnings } from './NikWarnings';
import { personCandidate, type PersonValues } from './personValues';
import { useNikLookup } from './queries';

interface Props {
  initialValues: PersonValues;
  submitLabel: string;
  pending: boolean;
  /** Fill empty fields from the NIK at once (a new person); an existing record is left as it was. */
  prefillFromNik: boolean;
  onSubmit: (input: ParticipantFields, form: UseFormReturnType<PersonValues>) => void;
  /** Shown above the buttons: the failed save, translated. */
  footer?: ReactNode;
  secondaryAction?: ReactNode;
}

/** One person form for the walk-in enrolment and for editing a trainee. */
export function PersonForm({
  initialValues,
  submitLabel,
  pending,
  prefillFromNik,
  onSubmit,
  footer,
  secondaryAction,
}: Props) {
  const { t } = useTranslation();
  const form = useAppForm<PersonValues>({ initialValues });
  const { values } = form;
  const lookup = useNikLookup(values.nik);
  // The query is keyed by the NIK, so these names always belong to the NIK now in the field.
  const region: NikRegion | null = lookup.data?.decoded ?? null;
  const hints = useMemo(() => nikHints(values, todayIso(), region), [values, region]);

  // Each suggestion is applied once per NIK: a field the clerk empties on purpose stays empty.
  const applied = useRef(
    new Set<string>(prefillFromNik ? [] : [`${initialValues.nik}:person`, `${initialValues.nik}:region`]),
  );
  useEffect(() => {
    if (!hints.decoded) return;
    const { birthDate, sex, regencyCode, district } = hints.prefill;
    const personKey = `${values.nik}:person`;
    const regionKey = `${values.nik}:region`;
    const next: Partial<PersonValues> = {};
    if (!applied.current.has(personKey)) {
      applied.current.add(personKey);
      if (birthDate) next.birthDate = birthDate;
      if (sex) next.sex = sex;
    }
    if (region && !applied.current.has(regionKey)) {
      applied.current.add(regionKey);
      if (regencyCode) next.regencyCode = regencyCode;
      if (district) next.district = district;
    }
    if (Object.keys(next).length > 0) form.setValues(next);
  }, [hints, values.nik, region, form]);

  const submit = form.onSubmit((typed) => {
    const parsed = parseInput(participantFields, personCandidate(typed));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    onSubmit(parsed.data, form);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('participant.sectionIdentity')} radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NikField
                hints={hints}
                region={region}
                {...form.getInputProps('nik')}
                onChange={(digits) => form.setFieldValue('nik', digits)}
              />
              <TextInput
                label={t('participant.fullName')}
                description={t('participant.fullNameHint')}
                withAsterisk
                data-autofocus
                autoFocus
                {...form.getInputProps('fullName')}
              />
              <TextInput label={t('participant.birthPlace')} withAsterisk {...form.getInputProps('birthPlace')} />
              <DateField label={t('participant.birthDate')} withAsterisk {...form.getInputProps('birthDate')} />
            </SimpleGrid>
            <Radio.Group label={t('participant.sex')} withAsterisk {...form.getInputProps('sex')}>
              <Group gap="xl" mt={6}>
                {SEXES.map((sex) => (
                  <Radio key={sex} value={sex} label={t(`sex.${sex}`)} />
                ))}
              </Group>
            </Radio.Group>
            <NikWarnings hints={hints} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('participant.sectionAddress')} radius="md">
          <Stack gap="md">
            <TextInput label={t('participant.street')} {...form.getInputProps('street')} />
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput label={t('participant.village')} {...form.getInputProps('village')} />
              <RegencySelect label={t('participant.regency')} clearable {...form.getInputProps('regencyCode')} />
              <DistrictField
                label={t('participant.district')}
                regencyCode={values.regencyCode}
                {...form.getInputProps('district')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('participant.sectionContact')} radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('participant.phone')}
              description={t('participant.phoneHint')}
              type="tel"
              withAsterisk
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('participant.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('participant.sectionBackground')} radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Select<EducationLevel>
                label={t('participant.education')}
                withAsterisk
                searchable
                selectFirstOptionOnChange
                data={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`education.${level}`) }))}
                {...form.getInputProps('education')}
              />
              <TextInput
                label={t('participant.disability')}
                description={t('participant.disabilityHint')}
                {...form.getInputProps('disability')}
              />
            </SimpleGrid>
            <Radio.Group label={t('participant.activity')} withAsterisk {...form.getInputProps('activity')}>
              <Group gap="xl" mt={6}>
                {ACTIVITIES.map((activity) => (
                  <Radio key={activity} value={activity} label={t(`activity.${activity}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t('participant.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          </Stack>
        </Fieldset>

        {footer}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('common.requiredNote')}
          </Text>
          <Group>
            {secondaryAction}
            <Button type="submit" size="md" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
