import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { BlkProfileFields, emptyBlkProfile, type BlkProfileValues } from '../settings/BlkProfileFields';
import { AuthCard } from './AuthCard';
import { useSetupInit } from './queries';
import { NewPasswordFields } from './NewPasswordFields';

interface SetupValues extends Record<string, unknown> {
  blk: BlkProfileValues;
  admin: { username: string; fullName: string; password: string; passwordConfirm: string };
}

/** First run: the BLK profile and the first administrator, who is signed in straight away. */
export function SetupPage() {
  const { t } = useTranslation();
  const setup = useSetupInit();
  const submit = useSingleFlight(setup);
  const form = useAppForm<SetupValues>({
    initialValues: { blk: emptyBlkProfile, admin: { username: '', fullName: '', password: '', passwordConfirm: '' } },
  });

  const onSubmit = form.onSubmit((values) => {
    const { passwordConfirm, ...admin } = values.admin;
    const parsed = parseInput(contract['setup.init'].input, { blk: values.blk, admin });
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (passwordConfirm !== admin.password) errors['admin.passwordConfirm'] = 'password_mismatch';
    if (!parsed.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    submit(parsed.data, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('setup.done') }),
      onError: (error) => showServerFieldErrors(form, error),
    });
  });

  return (
    <AuthCard title={t('setup.title')} intro={t('setup.intro')} width={720}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('setup.blkSection')} radius="md">
            <BlkProfileFields inputProps={(field) => form.getInputProps(`blk.${field}`)} autoFocus />
          </Fieldset>
          <Fieldset legend={t('setup.adminSection')} radius="md">
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('operators.fullName')} withAsterisk {...form.getInputProps('admin.fullName')} />
                <TextInput
                  label={t('operators.username')}
                  description={t('operators.usernameHint')}
                  withAsterisk
                  autoComplete="off"
                  {...form.getInputProps('admin.username')}
                />
              </SimpleGrid>
              <NewPasswordFields
                password={form.getInputProps('admin.password')}
                confirmation={form.getInputProps('admin.passwordConfirm')}
              />
            </Stack>
          </Fieldset>
          <ErrorAlert error={setup.error} fieldsShown />
          <Text size="sm" c="dimmed">
            {t('common.requiredNote')}
          </Text>
          <Button type="submit" size="lg" loading={setup.isPending}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
