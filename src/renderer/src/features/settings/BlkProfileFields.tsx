import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RegencySelect } from '../regions/RegencySelect';

export interface BlkProfileValues {
  name: string;
  address: string;
  regencyCode: string;
  headName: string;
  headNip: string;
}

export const emptyBlkProfile: BlkProfileValues = {
  name: '',
  address: '',
  regencyCode: '6401',
  headName: '',
  headNip: '',
};

/** The BLK profile inputs, shared by the first-run setup and Pengaturan. */
export function BlkProfileFields({
  inputProps,
  autoFocus = false,
  readOnly = false,
}: {
  inputProps: (field: keyof BlkProfileValues) => GetInputPropsReturnType;
  autoFocus?: boolean;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('blk.name')}
        placeholder={t('blk.namePlaceholder')}
        withAsterisk
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        readOnly={readOnly}
        {...inputProps('name')}
      />
      <TextInput label={t('blk.address')} readOnly={readOnly} {...inputProps('address')} />
      <RegencySelect label={t('blk.regency')} withAsterisk readOnly={readOnly} {...inputProps('regencyCode')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('blk.headName')} withAsterisk readOnly={readOnly} {...inputProps('headName')} />
        <TextInput
          label={t('blk.headNip')}
          description={t('blk.headNipHint')}
          inputMode="numeric"
          maxLength={18}
          readOnly={readOnly}
          {...inputProps('headNip')}
        />
      </SimpleGrid>
    </Stack>
  );
}
