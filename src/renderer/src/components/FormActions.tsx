import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * The end of every edit form: what the server refused (field errors are shown on their fields),
 * then Cancel and Save; Save shows the call in flight.
 */
export function FormActions({ error, pending, onCancel }: { error: unknown; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} fieldsShown />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
