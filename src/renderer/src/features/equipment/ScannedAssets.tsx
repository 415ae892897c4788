import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssetRow } from '@shared/contract';
import { ConditionBadge } from './StatusBadges';

/** The assets scanned so far, newest first, each with a button that takes it off the list. */
export function ScannedAssets({ assets, onRemove }: { assets: AssetRow[]; onRemove: (id: number) => void }) {
  const { t } = useTranslation();
  if (assets.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="scanned-empty">
        {t('equipment.checkOut.noAssets')}
      </Text>
    );
  }
  return (
    <Stack
      gap={6}
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('equipment.checkOut.assetList')}
    >
      {assets.map((asset) => (
        <Paper component="li" key={asset.id} withBorder radius="md" px="md" py={6} data-testid="scanned-asset">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Text ff="monospace" fw={700} size="sm">
                {asset.tag}
              </Text>
              <Text size="sm">{asset.name}</Text>
              <Text size="xs" c="dimmed">
                {asset.roomName}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <ConditionBadge condition={asset.condition} size="sm" />
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onRemove(asset.id)}
                aria-label={t('equipment.checkOut.remove', { tag: asset.tag })}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
