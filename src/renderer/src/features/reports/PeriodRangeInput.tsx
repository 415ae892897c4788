import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { todayIso } from '../../lib/dates';
import { presetPeriod } from '../dashboard/period';

/** One click for the periods a report is asked for most, the same as the dashboard's. */
const REPORT_PRESETS = ['lastYear', 'thisYear', 'last12Months'] as const;

/** A first and a last day, both ISO, or null while not yet picked. */
export type DateRange = [string | null, string | null];

/** The period of a report: first day, then last day, in one calendar, or a preset beside it. */
export function PeriodRangeInput({
  value,
  onChange,
  error,
}: {
  value: DateRange;
  onChange: (range: DateRange) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = todayIso();
  return (
    <DatesProvider settings={{ locale }}>
      <DatePickerInput
        type="range"
        label={t('reports.period')}
        placeholder={t('reports.periodHint')}
        leftSection={<IconCalendar size={16} />}
        valueFormat="D MMMM YYYY"
        value={value}
        error={error}
        presets={REPORT_PRESETS.map((preset) => {
          const period = presetPeriod(preset, today);
          const range: DateRange = [period.from, period.to];
          return { value: range, label: t(`dashboard.period.${preset}`) };
        })}
        // Mantine answers 'YYYY-MM-DD' strings: the contract's dates as they are.
        onChange={onChange}
      />
    </DatesProvider>
  );
}
