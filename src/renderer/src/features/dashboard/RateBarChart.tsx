import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RateBar } from './chartModels';
import { useDashboardFormat } from './useDashboardFormat';

/** Room per bar, so a long programme name and its "67% (2/3)" never overlap the next one. */
const BAR_ROW_HEIGHT = 40;

/**
 * Rates as horizontal bars on a 0–100 % scale, each labelled "67% (2/3)" so the size of the group
 * is never hidden behind the percentage; a group nobody is in gets "–" and no bar, not 0 %.
 * The tooltip says it in words: "2 dari 3".
 */
export function RateBarChart({ bars, title }: { bars: RateBar[]; title: string }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const data = bars.map((bar) => ({
    label: bar.label,
    // A zero-length bar carries the "–" label: recharts draws no label for a missing value.
    percent: bar.rate === null ? 0 : Math.round(bar.rate * 1000) / 10,
    rateText:
      bar.rate === null
        ? format.percent(null)
        : // A no-break space: the label must not wrap between the percentage and its counts.
          `${format.percent(bar.rate)}\u00a0(${format.number(bar.numerator)}/${format.number(bar.denominator)})`,
  }));
  return (
    <BarChart
      h={Math.max(120, bars.length * BAR_ROW_HEIGHT + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'percent', color: 'pelita.6', label: title }]}
      gridAxis="x"
      maxBarWidth={22}
      xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
      yAxisProps={{ width: 170, interval: 0 }}
      // Room on the right for the longest label, "100% (16/16)".
      barChartProps={{ margin: { right: 90 } }}
      valueFormatter={(value) => `${value}%`}
      withBarValueLabel
      // The label reads the prepared text, not the bar's value: "–" for a null rate.
      valueLabelProps={{ dataKey: 'rateText', formatter: (value: unknown) => String(value ?? '') }}
      tooltipAnimationDuration={0}
      tooltipProps={{
        content: ({ label }) => {
          const bar = bars.find((candidate) => candidate.label === label);
          if (!bar) return null;
          return (
            <Paper withBorder shadow="md" radius="md" px="sm" py={6}>
              <Text fw={600} size="sm">
                {bar.label}
              </Text>
              <Text size="sm">
                {`${format.percent(bar.rate)} · ${t('dashboard.outOf', {
                  numerator: format.number(bar.numerator),
                  denominator: format.number(bar.denominator),
                })}`}
              </Text>
            </Paper>
          );
        },
      }}
    />
  );
}
