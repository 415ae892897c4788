import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { companyFields, type Company } from '@shared/contract';
import { PARTNERSHIP_KINDS, SECTORS, type PartnershipKind, type Sector } from '@shared/graduates';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useSaveCompany } from './queries';

interface CompanyValues extends Record<string, unknown> {
  name: string;
  sector: Sector | null;
  address: string;
  contactName: string;
  phone: string;
  email: string;
  partnerships: PartnershipKind[];
  notes: string;
  active: boolean;
}

function initialValues(company: Company | null): CompanyValues {
  return company
    ? {
        name: company.name,
        sector: company.sector,
        address: company.address,
        contactName: company.contactName,
        phone: company.phone,
        email: company.email,
        partnerships: company.partnerships,
        notes: company.notes,
        active: company.active,
      }
    : {
        name: '',
        sector: null,
        address: '',
        contactName: '',
        phone: '',
        email: '',
        partnerships: [],
        notes: '',
        active: true,
      };
}

/** A partner company: who to call there, what it does with the BLK, and whether it still does. */
export function CompanyForm({ company, onDone }: { company: Company | null; onDone: (saved: Company | null) => void }) {
  const { t } = useTranslation();
  const save = useSaveCompany();
  const submit = useSingleFlight(save);
  const form = useAppForm<CompanyValues>({ initialValues: initialValues(company) });
  const onSubmit = form.onSubmit((typed) => {
    const parsed = parseInput(companyFields, { ...typed, sector: typed.sector ?? undefined });
    if (!parsed.ok) {
      const errors = { ...parsed.errors };
      // An unchosen sector is "wajib diisi", not "pilih dari daftar".
      if (errors['sector'] && typed.sector === null) errors['sector'] = 'required';
      return form.setErrors(errors);
    }
    submit(company ? { ...parsed.data, id: company.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(company ? 'graduates.companies.saved' : 'graduates.companies.created', { name: saved.name }),
        });
        onDone(saved);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('graduates.companies.name')}
            withAsterisk
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <Select
            label={t('graduates.form.sector')}
            withAsterisk
            searchable
            data={SECTORS.map((sector) => ({ value: sector, label: t(`graduates.sector.${sector}`) }))}
            {...form.getInputProps('sector')}
          />
        </SimpleGrid>
        <Textarea label={t('graduates.companies.address')} autosize minRows={1} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('graduates.companies.contactName')}
            autoComplete="off"
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('graduates.companies.phone')}
            description={t('graduates.companies.phoneHint')}
            inputMode="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('graduates.companies.email')}
            inputMode="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('graduates.companies.partnerships')}
          description={t('graduates.companies.partnershipsHint')}
          {...form.getInputProps('partnerships')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {PARTNERSHIP_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`graduates.partnership.${kind}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label={t('graduates.form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Checkbox
          label={t('graduates.companies.active')}
          description={t('graduates.companies.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}

/** The form in a dialog: `company` undefined is closed, null a new company, else editing it. */
export function CompanyModal({
  company,
  onClose,
}: {
  company: Company | null | undefined;
  onClose: (saved: Company | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={company !== undefined}
      onClose={() => onClose(null)}
      size="xl"
      title={
        company ? t('graduates.companies.editTitle', { name: company.name }) : t('graduates.companies.createTitle')
      }
    >
      {company !== undefined ? <CompanyForm company={company} onDone={onClose} /> : null}
    </Modal>
  );
}
