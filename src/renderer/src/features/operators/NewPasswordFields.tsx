import { SimpleGrid } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';

/** A new password typed twice, as on first-run setup and when an admin creates an operator. */
export function NewPasswordFields({
  password,
  confirmation,
}: {
  password: GetInputPropsReturnType;
  confirmation: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <PasswordField
        label={t('operators.password')}
        description={t('operators.passwordHint')}
        withAsterisk
        autoComplete="new-password"
        {...password}
      />
      <PasswordField
        label={t('operators.passwordConfirm')}
        withAsterisk
        autoComplete="new-password"
        {...confirmation}
      />
    </SimpleGrid>
  );
}
