import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useExportPublicKey } from './queries';

/** The public key for other offices (Disnakertrans, an employer's HR) to check this BLK's QR codes. */
export function PublicKeyPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const exportKey = useExportPublicKey();
  const submit = useSingleFlight(exportKey);
  return (
    <Paper withBorder radius="lg" p="lg">
      <Group justify="space-between" align="center" wrap="nowrap" gap="lg">
        <Stack gap={4}>
          <Title order={2} fz={18}>
            {t('certificates.publicKey.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('certificates.publicKey.explain')}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconKey size={18} />}
          loading={exportKey.isPending}
          style={{ flexShrink: 0 }}
          onClick={() =>
            submit(undefined, {
              onSuccess: (file) =>
                notifications.show({
                  color: file ? 'teal' : 'gray',
                  autoClose: file ? 12_000 : 4_000,
                  message: file
                    ? t('certificates.publicKey.exported', { path: file.path })
                    : t('certificates.registry.exportCancelled'),
                }),
              onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
            })
          }
        >
          {t('certificates.publicKey.export')}
        </Button>
      </Group>
    </Paper>
  );
}
