import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "12 / 16" with a bar that turns amber when the class is full. */
export function SeatsCell({ taken, quota }: { taken: number; quota: number }) {
  const { t } = useTranslation();
  const full = taken >= quota;
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={quota > 0 ? Math.min(100, (taken / quota) * 100) : 0}
        color={full ? 'yellow' : 'pelita'}
        w={64}
        size="sm"
        aria-hidden
      />
      <Text size="sm" fw={full ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
        {t('classes.seats', { taken, quota })}
      </Text>
    </Group>
  );
}
