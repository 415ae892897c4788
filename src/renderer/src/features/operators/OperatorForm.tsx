import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract } from '@shared/contract';
import { ROLES, type Role } from '@shared/domain';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useCreateOperator } from './queries';
import { NewPasswordFields } from './NewPasswordFields';

interface OperatorValues extends Record<string, unknown> {
  fullName: string;
  username: string;
  role: Role | null;
  password: string;
  passwordConfirm: string;
}

export function OperatorForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOperator();
  const submit = useSingleFlight(create);
  const form = useAppForm<OperatorValues>({
    initialValues: { fullName: '', username: '', role: 'front_desk', password: '', passwordConfirm: '' },
  });
  const onSubmit = form.onSubmit(({ passwordConfirm, ...values }) => {
    const parsed = parseInput(contract['operators.create'].input, { ...values, role: values.role ?? undefined });
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (passwordConfirm !== values.password) errors['passwordConfirm'] = 'password_mismatch';
    if (!parsed.ok || Object.keys(errors).length > 0) return form.setErrors(errors);
    submit(parsed.data, {
      onSuccess: (operator) => {
        notifications.show({ color: 'teal', message: t('operators.created', { username: operator.username }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('operators.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('operators.username')}
            description={t('operators.usernameHint')}
            withAsterisk
            autoComplete="off"
            {...form.getInputProps('username')}
          />
          <Select<Role>
            label={t('operators.role')}
            withAsterisk
            allowDeselect={false}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <NewPasswordFields
          password={form.getInputProps('password')}
          confirmation={form.getInputProps('passwordConfirm')}
        />
        <FormActions error={create.error} pending={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
