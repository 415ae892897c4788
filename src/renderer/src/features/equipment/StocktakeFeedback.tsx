import { Group, Paper, Stack, Text, ThemeIcon, Title, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCopyCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, useErrorText } from '../../lib/errors';
import type { ScanFeedback, UnexpectedReason } from './stocktakeScan';

const LOOK: Record<ScanFeedback['kind'], { color: MantineColor; icon: ReactNode }> = {
  found: { color: 'green', icon: <IconCircleCheck size={40} /> },
  already: { color: 'blue', icon: <IconCopyCheck size={40} /> },
  unexpected: { color: 'orange', icon: <IconAlertTriangle size={40} /> },
  unknown: { color: 'red', icon: <IconQuestionMark size={40} /> },
  badTag: { color: 'red', icon: <IconX size={40} /> },
  error: { color: 'red', icon: <IconX size={40} /> },
};

/**
 * A short tone per answer, so a clerk walking the shelves with the scanner hears the verdict:
 * one high beep for found, two low ones for anything to look at. Silent where there is no audio.
 */
export function beep(kind: ScanFeedback['kind']): void {
  const Context = (window as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const tones = kind === 'found' ? [880] : kind === 'already' ? [660] : [330, 330];
    tones.forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      const at = audio.currentTime + index * 0.18;
      oscillator.start(at);
      oscillator.stop(at + 0.12);
    });
    setTimeout(() => void audio.close(), 600);
  } catch {
    // No sound card, or audio blocked: the card on screen says the same.
  }
}

function useReasonText() {
  const { t } = useTranslation();
  return (reason: UnexpectedReason) =>
    reason.kind === 'status'
      ? t(`stock.scan.reason.${reason.status}`)
      : t('stock.scan.reason.otherRoom', { room: reason.room });
}

/** The answer to the last scan, big and coloured, read from a step away. */
export function StocktakeFeedback({ feedback }: { feedback: ScanFeedback | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reasonText = useReasonText();
  if (!feedback) {
    return (
      <Paper withBorder radius="lg" p="lg" data-testid="scan-feedback" data-kind="none">
        <Text c="dimmed">{t('stock.scan.waiting')}</Text>
      </Paper>
    );
  }
  const { color, icon } = LOOK[feedback.kind];
  const asset = 'item' in feedback ? feedback.item : null;
  let detail: ReactNode = null;
  if (feedback.kind === 'unexpected') {
    detail = (
      <Stack gap={2}>
        {feedback.reasons.map((reason) => (
          <Text key={reason.kind === 'status' ? reason.status : reason.room} fw={600} c={`${color}.9`}>
            {reasonText(reason)}
          </Text>
        ))}
        <Text size="sm" c={`${color}.9`}>
          {t('stock.scan.unexpectedHint')}
        </Text>
      </Stack>
    );
  } else if (feedback.kind === 'unknown') {
    detail = <Text c={`${color}.9`}>{t('errors.ASSET_TAG_UNKNOWN', { tag: feedback.tag })}</Text>;
  } else if (feedback.kind === 'badTag') {
    detail = (
      <Text c={`${color}.9`}>
        <Text span ff="monospace" fw={700}>
          {feedback.tag}
        </Text>
        : {fieldErrorText(t, 'asset_tag_format')}
      </Text>
    );
  } else if (feedback.kind === 'error') {
    detail = <Text c={`${color}.9`}>{errorText(feedback.error)}</Text>;
  } else if (feedback.kind === 'already') {
    detail = <Text c={`${color}.9`}>{t('stock.scan.alreadyHint')}</Text>;
  }
  return (
    <Paper
      withBorder
      radius="lg"
      p="lg"
      bg={`${color}.0`}
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 3 }}
      data-testid="scan-feedback"
      data-kind={feedback.kind}
      role="status"
      aria-live="assertive"
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon color={color} size={60} radius="xl" variant="filled" aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={4}>
          <Title order={2} fz={28} c={`${color}.9`}>
            {t(`stock.scan.headline.${feedback.kind}`)}
          </Title>
          {asset ? (
            <Text size="lg" c={`${color}.9`}>
              <Text span ff="monospace" fw={700}>
                {asset.tag}
              </Text>{' '}
              · {asset.name}
              {asset.conditionFound ? ` · ${t(`equipment.condition.${asset.conditionFound}`)}` : ''}
            </Text>
          ) : null}
          {detail}
        </Stack>
      </Group>
    </Paper>
  );
}
