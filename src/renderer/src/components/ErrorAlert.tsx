import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { useErrorText } from '../lib/errors';

/**
 * The failed call in one translated sentence. A VALIDATION error whose fields are shown next to
 * their inputs needs no second message, so it is hidden when `fieldsShown` says so.
 */
export function ErrorAlert({ error, fieldsShown = false }: { error: unknown; fieldsShown?: boolean }) {
  const errorText = useErrorText();
  const { t } = useTranslation();
  if (!error) return null;
  if (fieldsShown && error instanceof ApiError && error.code === 'VALIDATION') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} role="alert">
        {t('errors.VALIDATION')}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} role="alert">
      {errorText(error)}
    </Alert>
  );
}
