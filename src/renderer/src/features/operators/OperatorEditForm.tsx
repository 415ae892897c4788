import { Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type OperatorRow } from '@shared/contract';
import { ROLES, type Role } from '@shared/domain';
import { useSession } from '../../app/session';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useUpdateOperator } from './queries';

interface EditValues extends Record<string, unknown> {
  fullName: string;
  role: Role | null;
  active: boolean;
}

/** Name, role and whether the operator may sign in; the username stays (it is in the audit log). */
export function OperatorEditForm({ operator, onDone }: { operator: OperatorRow; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const update = useUpdateOperator();
  const submit = useSingleFlight(update);
  const form = useAppForm<EditValues>({
    initialValues: { fullName: operator.fullName, role: operator.role, active: operator.active },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['operators.update'].input, {
      id: operator.id,
      ...values,
      role: values.role ?? undefined,
    });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (saved) => {
        const signedOut = saved.id === session.operatorId && !saved.active;
        notifications.show({
          color: 'teal',
          message: signedOut
            ? t('operatorAdmin.signedOutSelf')
            : t('operatorAdmin.updated', { username: saved.username }),
        });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('operators.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
        <Select<Role>
          label={t('operators.role')}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          {...form.getInputProps('role')}
        />
        <Switch
          label={t('operatorAdmin.activeLabel')}
          description={t('operatorAdmin.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={update.error} pending={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
