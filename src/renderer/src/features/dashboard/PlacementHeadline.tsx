import { Box, Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../lib/dates';
import { totalRate, type RateBar, type RateModel } from './chartModels';
import type { Period } from './period';
import { useDashboardFormat } from './useDashboardFormat';

/** The groups the headline names; the charts below list every one. */
const HEADLINE_ROWS = 4;

/** One group's placement: its name, a thin bar and "50% (1 dari 2)". */
function RateLine({ bar }: { bar: RateBar }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return (
    <Stack gap={2} component="li">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" lineClamp={1}>
          {bar.label}
        </Text>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t('dashboard.headline.rowRate', {
            percent: format.percent(bar.rate),
            numerator: format.number(bar.numerator),
            denominator: format.number(bar.denominator),
          })}
        </Text>
      </Group>
      <Progress value={(bar.rate ?? 0) * 100} size="sm" color="teal" aria-hidden />
    </Stack>
  );
}

function RateList({ title, bars }: { title: string; bars: RateBar[] }) {
  // The groups with most graduates reached first: their rate says the most. Groups nobody was
  // reached in wait in the charts below, where they show "–".
  const shown = bars
    .filter((bar) => bar.denominator > 0)
    .sort((a, b) => b.denominator - a.denominator)
    .slice(0, HEADLINE_ROWS);
  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((bar) => (
          <RateLine key={bar.key} bar={bar} />
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * The head of BLK's question first: of the graduates of the period we reached, how many work
 * (employed or self-employed)? The number always comes with the count it is out of, and with
 * nobody reached it says "Belum ada data" rather than 0 %.
 */
export function PlacementHeadline({
  byProgram,
  byFunding,
  period,
}: {
  byProgram: RateModel;
  byFunding: RateModel;
  period: Period;
}) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const formatDate = useFormatDate();
  // Every graduate is in exactly one programme, so the programmes add up to the whole.
  const overall = totalRate(byProgram.bars);
  const hasData = overall.rate !== null;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="placement-headline-title">
      <Grid gap="xl" columns={24} align="stretch">
        <Grid.Col span={{ base: 24, md: hasData ? 10 : 24 }}>
          <Stack gap="xs">
            <Group gap="xs" c="teal.8">
              <IconBriefcase size={20} />
              <Title order={2} fz="lg" id="placement-headline-title">
                {t('dashboard.headline.title')}
              </Title>
            </Group>
            <Text data-testid="placement-rate" component="p" m={0} fz="lg" fw={500}>
              {hasData ? (
                <>
                  <Box component="span" fz={48} fw={750} c="teal.8" lh={1.1}>
                    {format.percent(overall.rate)}
                  </Box>{' '}
                  {t('dashboard.headline.outOf', { reached: format.number(overall.denominator) })}
                </>
              ) : (
                <Box component="span" fz={28} fw={700} c="dimmed">
                  {t('dashboard.headline.noData')}
                </Box>
              )}
            </Text>
            <Text size="sm">
              {hasData
                ? t('dashboard.headline.placed', {
                    placed: format.number(overall.numerator),
                    from: formatDate(period.from),
                    to: formatDate(period.to),
                  })
                : t('dashboard.headline.noDataHint')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('dashboard.headline.rule')}
            </Text>
          </Stack>
        </Grid.Col>
        {hasData ? (
          <>
            <Grid.Col span={{ base: 24, sm: 12, md: 7 }}>
              <RateList title={t('dashboard.headline.byProgram')} bars={byProgram.bars} />
            </Grid.Col>
            <Grid.Col span={{ base: 24, sm: 12, md: 7 }}>
              <RateList title={t('dashboard.headline.byFunding')} bars={byFunding.bars} />
            </Grid.Col>
          </>
        ) : null}
      </Grid>
    </Paper>
  );
}
