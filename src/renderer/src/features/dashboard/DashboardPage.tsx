import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { todayIso, useFormatDate } from '../../lib/dates';
import { useChartModels } from './chartModels';
import { ChartTabs } from './ChartTabs';
import { PeriodFilter } from './PeriodFilter';
import { presetPeriod, type Period, type PeriodPreset } from './period';
import { PlacementHeadline } from './PlacementHeadline';
import { useCharts, useToday } from './queries';
import { TodayPanel } from './TodayPanel';

/**
 * Beranda, the first screen after login: today's work for the front desk on top, then the
 * figures the head of BLK asks for, led by "how many of our graduates are working".
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const today = useToday();
  // The last twelve months by default: graduates old enough to have been followed up, and recent.
  const [preset, setPreset] = useState<PeriodPreset>('last12Months');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('last12Months', todayIso()));
  const charts = useCharts(period);
  const models = useChartModels(charts.data);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle', { date: formatDate(today.data?.date ?? todayIso()) })}
      />
      <QueryState query={today}>{(data) => <TodayPanel today={data} />}</QueryState>
      <Stack gap="md" component="section" aria-labelledby="dashboard-numbers-title">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="xl" id="dashboard-numbers-title">
              {t('dashboard.numbers.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('dashboard.numbers.intro')}
            </Text>
          </Stack>
          <PeriodFilter
            preset={preset}
            period={period}
            onPreset={(next) => {
              setPreset(next);
              if (next !== 'custom') setPeriod(presetPeriod(next, todayIso()));
            }}
            onCustom={setPeriod}
          />
        </Group>
        <QueryState query={charts}>
          {(data) =>
            models ? (
              // While the new period loads, the previous figures stay (dimmed) under their own
              // period: never last period's numbers under this period's dates.
              <Stack
                gap="md"
                style={{ opacity: charts.isPlaceholderData ? 0.6 : 1 }}
                aria-busy={charts.isPlaceholderData}
              >
                <PlacementHeadline
                  byProgram={models.placementRateByProgram}
                  byFunding={models.placementRateByFunding}
                  period={data.period}
                />
                <ChartTabs models={models} period={data.period} />
              </Stack>
            ) : null
          }
        </QueryState>
      </Stack>
    </Stack>
  );
}
