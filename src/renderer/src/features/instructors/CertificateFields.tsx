import { Checkbox, Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CertificateKind } from '@shared/instructors';
import { DateField } from '../../components/DateField';
import type { InstructorValues } from './instructorValues';

/** One certificate as an optional sub-form: ticking "has it" opens its four fields. */
export function CertificateFields({
  form,
  kind,
}: {
  form: UseFormReturnType<InstructorValues>;
  kind: CertificateKind;
}) {
  const { t } = useTranslation();
  const held = form.getValues()[kind].held;
  return (
    <Fieldset legend={t(`instructorCert.kind.${kind}`)} radius="md">
      <Stack gap="sm">
        <Checkbox
          label={t(`instructorCert.held.${kind}`)}
          description={held ? undefined : t('instructorCert.notHeldHint')}
          {...form.getInputProps(`${kind}.held`, { type: 'checkbox' })}
        />
        {held ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('instructorCert.number')}
                withAsterisk
                autoComplete="off"
                {...form.getInputProps(`${kind}.number`)}
              />
              <TextInput
                label={t('instructorCert.issuer')}
                description={t(`instructorCert.issuerHint.${kind}`)}
                withAsterisk
                {...form.getInputProps(`${kind}.issuer`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label={t('instructorCert.issuedOn')}
                withAsterisk
                {...form.getInputProps(`${kind}.issuedOn`)}
              />
              <DateField
                label={t('instructorCert.expiresOn')}
                withAsterisk
                {...form.getInputProps(`${kind}.expiresOn`)}
              />
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
