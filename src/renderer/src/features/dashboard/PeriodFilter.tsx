import { Group, SegmentedControl, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { useFormatDate } from '../../lib/dates';
import { PERIOD_PRESETS, type Period, type PeriodPreset } from './period';

function isPreset(value: string): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly string[]).includes(value);
}

/**
 * The period every chart follows: one click for the usual ones, "Pilih tanggal" for any range.
 * A half-picked range (first day only) keeps the charts on the previous period until the last day.
 */
export function PeriodFilter({
  preset,
  period,
  onPreset,
  onCustom,
}: {
  preset: PeriodPreset;
  period: Period;
  onPreset: (preset: PeriodPreset) => void;
  onCustom: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const [range, setRange] = useState<[string | null, string | null]>([period.from, period.to]);
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <SegmentedControl
        aria-label={t('dashboard.period.label')}
        value={preset}
        onChange={(value) => {
          if (!isPreset(value)) return;
          if (value === 'custom') setRange([period.from, period.to]);
          onPreset(value);
        }}
        data={PERIOD_PRESETS.map((value) => ({ value, label: t(`dashboard.period.${value}`) }))}
      />
      {preset === 'custom' ? (
        <DatesProvider settings={{ locale }}>
          <DatePickerInput
            type="range"
            size="sm"
            w={280}
            aria-label={t('dashboard.period.range')}
            placeholder={t('dashboard.period.rangeHint')}
            leftSection={<IconCalendar size={16} />}
            valueFormat="D MMM YYYY"
            value={range}
            // Mantine answers 'YYYY-MM-DD' strings: the contract's dates as they are.
            onChange={(value) => {
              setRange(value);
              const [from, to] = value;
              if (from && to) onCustom({ from, to });
            }}
          />
        </DatesProvider>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.period.shown', { from: formatDate(period.from), to: formatDate(period.to) })}
        </Text>
      )}
    </Group>
  );
}
