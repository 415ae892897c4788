import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CertificateImageKind, CertificateImageState } from '@shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSingleFlight } from '../../lib/forms';
import { useChooseImage, useClearImage } from './queries';

const BADGE: Record<CertificateImageState, { color: string; label: string }> = {
  none: { color: 'gray', label: 'certificates.settings.image.missing' },
  installed: { color: 'teal', label: 'certificates.settings.image.installed' },
  unreadable: { color: 'red', label: 'certificates.settings.image.unreadable' },
};

/**
 * The logo or the signature: none, installed, or chosen once but its file since gone from the data
 * dir (printing refuses it then); chosen in main's file dialog, or removed.
 */
export function CertificateImageRow({
  kind,
  state,
  readOnly,
}: {
  kind: CertificateImageKind;
  state: CertificateImageState;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const choose = useChooseImage();
  const clear = useClearImage();
  const submitChoose = useSingleFlight(choose);
  const submitClear = useSingleFlight(clear);
  const name = t(`certificates.settings.image.${kind}`);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Text fw={600}>{name}</Text>
          <Badge
            color={BADGE[state].color}
            variant="light"
            styles={{ label: { textTransform: 'none' } }}
            data-testid={`image-state-${kind}`}
          >
            {t(BADGE[state].label)}
          </Badge>
        </Group>
        {readOnly ? null : (
          <Group gap="xs">
            <Button
              variant="default"
              size="sm"
              leftSection={<IconPhoto size={16} />}
              aria-label={`${t('certificates.settings.image.choose')} ${name}`}
              loading={choose.isPending}
              onClick={() => {
                clear.reset();
                submitChoose(
                  { kind },
                  {
                    onSuccess: (settings) => {
                      if (settings)
                        notifications.show({
                          color: 'teal',
                          message: t('certificates.settings.image.saved', { name }),
                        });
                    },
                  },
                );
              }}
            >
              {t('certificates.settings.image.choose')}
            </Button>
            {state !== 'none' ? (
              <Button
                variant="subtle"
                color="red"
                size="sm"
                leftSection={<IconTrash size={16} />}
                aria-label={`${t('certificates.settings.image.clear')} ${name}`}
                loading={clear.isPending}
                onClick={() => {
                  choose.reset();
                  submitClear({ kind });
                }}
              >
                {t('certificates.settings.image.clear')}
              </Button>
            ) : null}
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`certificates.settings.image.${kind}Hint`)}
      </Text>
      <ErrorAlert error={choose.error ?? clear.error} />
    </Stack>
  );
}
