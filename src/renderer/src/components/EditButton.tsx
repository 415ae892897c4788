import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The row action that opens a record's edit form; its accessible name says which record. */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="subtle"
      leftSection={<IconPencil size={14} />}
      onClick={onClick}
      aria-label={`${t('common.edit')} ${name}`}
    >
      {t('common.edit')}
    </Button>
  );
}
