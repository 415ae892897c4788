import { Checkbox, Fieldset, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, type EducationLevel } from '@shared/domain';
import { RegencySelect } from '../regions/RegencySelect';
import type { ProgramValues } from './programValues';

/** Eligibility as data: each rule a field; empty or unticked means the rule does not apply. */
export function RulesFields({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t } = useTranslation();
  const ageProps = {
    min: 10,
    max: 100,
    allowDecimal: false,
    allowNegative: false,
    placeholder: t('programs.notLimited'),
  };
  return (
    <Fieldset legend={t('programs.rulesSection')} radius="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('programs.rulesIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('programs.minAge')} {...ageProps} {...form.getInputProps('rules.minAge')} />
          <NumberInput label={t('programs.maxAge')} {...ageProps} {...form.getInputProps('rules.maxAge')} />
          <Select<EducationLevel>
            label={t('programs.minEducation')}
            placeholder={t('programs.notLimited')}
            clearable
            data={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`education.${level}`) }))}
            {...form.getInputProps('rules.minEducation')}
          />
          <RegencySelect
            label={t('programs.domicile')}
            placeholder={t('programs.notLimited')}
            clearable
            {...form.getInputProps('rules.domicileRegencyCode')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Checkbox
            label={t('programs.notInSchool')}
            {...form.getInputProps('rules.notInSchool', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('programs.notWorking')}
            {...form.getInputProps('rules.notWorking', { type: 'checkbox' })}
          />
          <Checkbox label={t('programs.noOverlap')} {...form.getInputProps('rules.noOverlap', { type: 'checkbox' })} />
          <Checkbox
            label={t('programs.oncePerYear')}
            {...form.getInputProps('rules.oncePerYear', { type: 'checkbox' })}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
