import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp, IconCopy } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { whatsappNumber } from './phone';

function CopyIcon({ text, label, whatsapp = false }: { text: string; label: string; whatsapp?: boolean }) {
  const { t } = useTranslation();
  const copy = (event: MouseEvent) => {
    // Inside a clickable row the copy must not also open the graduate.
    event.stopPropagation();
    navigator.clipboard.writeText(text).then(
      () => notifications.show({ color: 'teal', autoClose: 2_500, message: t('graduates.phone.copied', { text }) }),
      () => notifications.show({ color: 'red', message: t('graduates.phone.copyFailed') }),
    );
  };
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={whatsapp ? 'green' : 'gray'} size="sm" aria-label={label} onClick={copy}>
        {whatsapp ? <IconBrandWhatsapp size={16} /> : <IconCopy size={16} />}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The number as typed with a copy button, and under it the WhatsApp form (62…) with its own: the
 * clerk pastes the first into the phone and the second into WhatsApp's "new chat".
 */
export function PhoneCopy({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const whatsapp = whatsappNumber(phone);
  if (!whatsapp) {
    return (
      <Text size="sm" c="dimmed">
        {t('graduates.phone.none')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {phone}
        </Text>
        <CopyIcon text={phone} label={t('graduates.phone.copy', { phone })} />
      </Group>
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {t('graduates.phone.whatsapp', { number: whatsapp })}
        </Text>
        <CopyIcon text={whatsapp} label={t('graduates.phone.copyWhatsapp', { number: whatsapp })} whatsapp />
      </Group>
    </Stack>
  );
}
