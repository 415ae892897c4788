import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpRound } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { RoundStateBadge } from './StatusBadges';

/** The rounds (3, 6, 12 months...) side by side: which are done, due, coming or missed, and when. */
export function RoundsStrip({ rounds }: { rounds: FollowUpRound[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Group gap="sm" data-testid="follow-up-rounds">
      {rounds.map((round) => (
        <Paper
          key={round.months}
          withBorder
          radius="md"
          px="md"
          py="xs"
          bg={round.state === 'due' ? 'orange.0' : undefined}
          aria-label={`${t('graduates.round.month', { months: round.months })}: ${t(`graduates.roundState.${round.state}`)}`}
        >
          <Stack gap={2}>
            <Group gap="xs" justify="space-between">
              <Text fw={700} size="sm">
                {t('graduates.round.month', { months: round.months })}
              </Text>
              <RoundStateBadge state={round.state} size="sm" />
            </Group>
            <Text size="xs" c="dimmed">
              {t('graduates.round.dueOn', { date: formatDate(round.dueOn) })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Group>
  );
}
