import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';

/** A first and a last day, both ISO, or null while not yet picked. */
export type DateRange = [string | null, string | null];

/** The period of a report: first day, then last day, in one calendar. */
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
        // Mantine answers 'YYYY-MM-DD' strings: the contract's dates as they are.
        onChange={onChange}
      />
    </DatesProvider>
  );
}
