import { Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppForm, useSingleFlight } from '../../lib/forms';
import { AuthCard } from './AuthCard';
import { useLogin } from './queries';

export function LoginPage({ blkName }: { blkName: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const submit = useSingleFlight(login);
  const form = useAppForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : 'required'),
      password: (value) => (value ? null : 'required'),
    },
  });

  return (
    <AuthCard title={t('login.title')} intro={t('login.subtitle', { blkName })} width={440}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          submit(values, {
            // A wrong password empties the password field, ready for the next try.
            onError: () => {
              form.setFieldValue('password', '');
              form.getInputNode('password')?.focus();
            },
          }),
        )}
      >
        <Stack gap="md">
          <TextInput
            label={t('operators.username')}
            autoComplete="username"
            data-autofocus
            autoFocus
            {...form.getInputProps('username')}
          />
          <PasswordField
            label={t('operators.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <ErrorAlert error={login.error} />
          <Button type="submit" size="lg" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
