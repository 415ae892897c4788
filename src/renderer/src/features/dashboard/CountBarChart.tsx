import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import type { CountBar } from './chartModels';
import { useDashboardFormat } from './useDashboardFormat';

/**
 * Counts as bars with their number on top. `horizontal` lays them sideways for long names
 * (kecamatan); otherwise they stand upright (months, age bands, education levels).
 */
export function CountBarChart({
  bars,
  title,
  horizontal = false,
}: {
  bars: CountBar[];
  title: string;
  horizontal?: boolean;
}) {
  const format = useDashboardFormat();
  return (
    <BarChart
      h={horizontal ? Math.max(120, bars.length * 34 + 40) : 240}
      data={bars.map((bar) => ({ label: bar.label, count: bar.count }))}
      dataKey="label"
      orientation={horizontal ? 'vertical' : 'horizontal'}
      series={[{ name: 'count', color: 'pelita.6', label: title }]}
      gridAxis={horizontal ? 'x' : 'y'}
      maxBarWidth={horizontal ? 20 : 48}
      yAxisProps={horizontal ? { width: 150, interval: 0 } : { allowDecimals: false }}
      xAxisProps={horizontal ? { allowDecimals: false } : { interval: 0 }}
      // Room for the number beside the longest sideways bar.
      barChartProps={horizontal ? { margin: { right: 40 } } : undefined}
      valueFormatter={format.number}
      withBarValueLabel
      // A "0" over every empty month is noise; the axis already says where zero is.
      valueLabelProps={{
        formatter: (value: unknown) => (typeof value === 'number' && value > 0 ? format.number(value) : ''),
      }}
      tooltipAnimationDuration={0}
    />
  );
}

/** Men and women in two colours that stay apart for colour-blind eyes too. */
const SEX_COLORS: Record<string, string> = { L: 'pelita.6', P: 'orange.5' };

/** Trainees by sex: a donut with the total in the middle and a legend with numbers and shares. */
export function SexDonutChart({ bars }: { bars: CountBar[] }) {
  const format = useDashboardFormat();
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <Group justify="center" gap="xl" wrap="nowrap">
      <DonutChart
        data={bars.map((bar) => ({ name: bar.label, value: bar.count, color: SEX_COLORS[bar.key] ?? 'gray.5' }))}
        chartLabel={format.number(total)}
        size={180}
        thickness={28}
        valueFormatter={format.number}
        tooltipDataSource="segment"
      />
      <Stack gap="xs">
        {bars.map((bar) => (
          <Group key={bar.key} gap="xs" wrap="nowrap">
            <div
              style={{
                width: 12,
                height: 12,
                borderRadius: 3,
                background: `var(--mantine-color-${(SEX_COLORS[bar.key] ?? 'gray.5').replace('.', '-')})`,
              }}
            />
            <Text size="sm">
              {bar.label}: <b>{format.number(bar.count)}</b> ({format.percent(total === 0 ? null : bar.count / total)})
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}
