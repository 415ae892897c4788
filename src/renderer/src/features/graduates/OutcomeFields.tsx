import { Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT_KINDS, INCOME_BANDS, SECTORS } from '@shared/graduates';
import { EmployerField } from '../companies/CompanyPicker';
import { asksFor, OUTCOME_FIELDS, type FollowUpValues } from './followUpValues';

/** Pilih sektor / kisaran penghasilan: shared by the follow-up and the placement forms. */
export function SectorSelect(props: Omit<ComponentProps<typeof Select>, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('graduates.form.sector')}
      searchable
      clearable
      data={SECTORS.map((sector) => ({ value: sector, label: t(`graduates.sector.${sector}`) }))}
      {...props}
    />
  );
}

export function IncomeBandSelect(props: Omit<ComponentProps<typeof Select>, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('graduates.form.incomeBand')}
      description={t('graduates.form.incomeBandHint')}
      withAsterisk
      data={INCOME_BANDS.map((band) => ({ value: band, label: t(`graduates.incomeBand.${band}`) }))}
      {...props}
    />
  );
}

export function EmploymentKindRadios(props: Omit<ComponentProps<typeof Radio.Group>, 'children'>) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('graduates.form.employmentKind')} withAsterisk {...props}>
      <Group gap="lg" mt={6}>
        {EMPLOYMENT_KINDS.map((kind) => (
          <Radio key={kind} value={kind} label={t(`graduates.employmentKind.${kind}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * What the chosen outcome asks for and nothing else: where and as what a graduate works, or what
 * business they run. Studying, not working and unreachable only get the notes below.
 */
export function OutcomeFields({ form }: { form: UseFormReturnType<FollowUpValues> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const outcome = values.outcome;
  const asks = (field: Parameters<typeof asksFor>[1]) => asksFor(outcome, field);
  if (outcome === null || OUTCOME_FIELDS[outcome].length === 0) return null;
  return (
    <Stack gap="sm" data-testid="outcome-fields">
      {asks('employer') ? (
        <EmployerField
          employer={values.employer}
          companyId={values.companyId}
          error={form.getInputProps('employer').error ?? form.getInputProps('companyId').error}
          onChange={({ employer, companyId, company }) => {
            form.setFieldValue('employer', employer);
            form.setFieldValue('companyId', companyId);
            // A partner company knows its own sector; the clerk can still change it.
            if (company && form.getValues().sector === null) form.setFieldValue('sector', company.sector);
            form.clearFieldError('employer');
          }}
        />
      ) : null}
      {asks('businessType') ? (
        <TextInput
          label={t('graduates.form.businessType')}
          description={t('graduates.form.businessTypeHint')}
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('businessType')}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SectorSelect {...form.getInputProps('sector')} />
        {asks('jobTitle') ? (
          <TextInput label={t('graduates.form.jobTitle')} autoComplete="off" {...form.getInputProps('jobTitle')} />
        ) : (
          <IncomeBandSelect {...form.getInputProps('incomeBand')} />
        )}
      </SimpleGrid>
      {asks('employmentKind') ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EmploymentKindRadios {...form.getInputProps('employmentKind')} />
          <IncomeBandSelect {...form.getInputProps('incomeBand')} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
