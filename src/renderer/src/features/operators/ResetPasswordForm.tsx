import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type OperatorRow } from '@shared/contract';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { NewPasswordFields } from './NewPasswordFields';
import { useResetPassword } from './queries';

interface ResetValues extends Record<string, unknown> {
  password: string;
  passwordConfirm: string;
}

/** A forgotten password or a locked desk: the admin sets a new one and tells the operator in person. */
export function ResetPasswordForm({ operator, onDone }: { operator: OperatorRow; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const submit = useSingleFlight(reset);
  const form = useAppForm<ResetValues>({ initialValues: { password: '', passwordConfirm: '' } });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['operators.resetPassword'].input, {
      id: operator.id,
      password: values.password,
    });
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (values.passwordConfirm !== values.password) errors['passwordConfirm'] = 'password_mismatch';
    if (!parsed.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    submit(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('operatorAdmin.resetDone', { username: saved.username }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('operatorAdmin.resetExplain', { fullName: operator.fullName })}</Text>
        <NewPasswordFields
          password={form.getInputProps('password')}
          confirmation={form.getInputProps('passwordConfirm')}
        />
        <FormActions error={reset.error} pending={reset.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
