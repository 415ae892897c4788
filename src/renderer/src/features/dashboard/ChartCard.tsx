import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { ChartTable } from './ChartTable';
import type { ChartModel } from './chartModels';
import type { Period } from './period';
import { useExportChart } from './queries';

type View = 'chart' | 'table';

/**
 * One chart in its card: title, what it counts, a Grafik/Tabel switch (the table is the same
 * numbers, readable by a screen reader) and Ekspor, which saves the table as xlsx for this period.
 */
export function ChartCard({ model, period, children }: { model: ChartModel; period: Period; children: ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [view, setView] = useState<View>('chart');
  const exportChart = useExportChart();
  const submitExport = useSingleFlight(exportChart);
  // Nothing counted, or no rate with anybody in its denominator: one sentence instead of bare axes.
  const empty =
    model.kind === 'count'
      ? model.bars.every((bar) => bar.count === 0)
      : model.bars.every((bar) => bar.denominator === 0);

  const onExport = () =>
    submitExport(
      { chart: model.chart, ...period },
      {
        onSuccess: (file) => {
          // null: the clerk closed the save dialog; nothing to say.
          if (file)
            notifications.show({
              color: 'teal',
              autoClose: 12_000,
              message: t('dashboard.exported', { path: file.path }),
            });
        },
        onError: (error) => notifications.show({ color: 'red', autoClose: false, message: errorText(error) }),
      },
    );

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={model.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} fz="md">
              {model.title}
            </Title>
            {model.hint ? (
              <Text size="xs" c="dimmed">
                {model.hint}
              </Text>
            ) : null}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('dashboard.view.label')}
              value={view}
              onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: t('dashboard.view.chart') },
                { value: 'table', label: t('dashboard.view.table') },
              ]}
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              loading={exportChart.isPending}
              aria-label={t('dashboard.exportOf', { chart: model.title })}
              onClick={onExport}
            >
              {t('dashboard.export')}
            </Button>
          </Group>
        </Group>
        {empty ? (
          <Text c="dimmed" py="lg" ta="center">
            {t('dashboard.noDataChart')}
          </Text>
        ) : view === 'table' ? (
          <ChartTable model={model} />
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
