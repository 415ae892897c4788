import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { mtuSiteFields, type MtuSite } from '@shared/contract';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useSaveMtuSite } from './queries';

type MtuSiteValues = Omit<MtuSite, 'id'> & Record<string, unknown>;

const emptySite: MtuSiteValues = {
  name: '',
  village: '',
  district: '',
  address: '',
  contactName: '',
  contactPhone: '',
  active: true,
};

export function MtuSiteForm({ site, onDone }: { site: MtuSite | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMtuSite();
  const submit = useSingleFlight(save);
  const form = useAppForm<MtuSiteValues>({ initialValues: site ? { ...site } : emptySite });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(mtuSiteFields, values);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(site ? { ...parsed.data, id: site.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('mtuSites.saved', { name: saved.name }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('mtuSites.name')}
          description={t('mtuSites.nameHint')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('mtuSites.village')} withAsterisk {...form.getInputProps('village')} />
          <TextInput label={t('mtuSites.district')} withAsterisk {...form.getInputProps('district')} />
        </SimpleGrid>
        <TextInput label={t('mtuSites.address')} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('mtuSites.contactName')} {...form.getInputProps('contactName')} />
          <TextInput
            label={t('mtuSites.contactPhone')}
            description={t('mtuSites.contactPhoneHint')}
            inputMode="tel"
            {...form.getInputProps('contactPhone')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('places.activeLabel')}
          description={t('places.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
