import { SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconBriefcase, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard';
import type { useChartModels } from './chartModels';
import { CountBarChart, SexDonutChart } from './CountBarChart';
import type { Period } from './period';
import { RateBarChart } from './RateBarChart';

type Models = NonNullable<ReturnType<typeof useChartModels>>;

/**
 * The charts in two groups, so the page is never a wall of nine: what became of the trainees
 * (graduation, placement), and who the trainees are (month, sex, age, education, district).
 */
export function ChartTabs({ models, period }: { models: Models; period: Period }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="outcomes" keepMounted={false}>
      <Tabs.List aria-label={t('dashboard.tabs.label')} mb="md">
        <Tabs.Tab value="outcomes" leftSection={<IconBriefcase size={16} />}>
          {t('dashboard.tabs.outcomes')}
        </Tabs.Tab>
        <Tabs.Tab value="trainees" leftSection={<IconUsers size={16} />}>
          {t('dashboard.tabs.trainees')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="outcomes">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {[
            models.placementRateByProgram,
            models.placementRateByFunding,
            models.graduationRateByProgram,
            models.placementRateByYear,
          ].map((model) => (
            <ChartCard key={model.chart} model={model} period={period}>
              <RateBarChart bars={model.bars} title={model.title} />
            </ChartCard>
          ))}
        </SimpleGrid>
      </Tabs.Panel>
      <Tabs.Panel value="trainees">
        <Stack gap="md">
          <ChartCard model={models.enrolmentsPerMonth} period={period}>
            <CountBarChart bars={models.enrolmentsPerMonth.bars} title={models.enrolmentsPerMonth.title} />
          </ChartCard>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ChartCard model={models.bySex} period={period}>
              <SexDonutChart bars={models.bySex.bars} />
            </ChartCard>
            <ChartCard model={models.byAgeBand} period={period}>
              <CountBarChart bars={models.byAgeBand.bars} title={models.byAgeBand.title} />
            </ChartCard>
            <ChartCard model={models.byEducation} period={period}>
              <CountBarChart bars={models.byEducation.bars} title={models.byEducation.title} />
            </ChartCard>
            <ChartCard model={models.byDistrict} period={period}>
              <CountBarChart bars={models.byDistrict.bars} title={models.byDistrict.title} horizontal />
            </ChartCard>
          </SimpleGrid>
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
