import dayjs from 'dayjs';

/** A closed range of ISO dates, as `dashboard.charts` takes it. */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_PRESETS = ['last12Months', 'thisYear', 'lastYear', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * "Semua" needs a first day and the contract has no "since the beginning": no BLK kept its
 * records in this app before 2000. The monthly chart trims the empty months in front.
 */
export const ALL_TIME_FROM = '2000-01-01';

const ISO = 'YYYY-MM-DD';

/**
 * The dates of a preset, counted from `today` (the BLK's date, WITA). The last 12 months start on
 * the first of a month, so the monthly chart shows twelve whole bars rather than a thin first one.
 * `custom` has no dates of its own: the caller keeps what the clerk picked.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const day = dayjs(today);
  switch (preset) {
    case 'thisYear':
      return { from: day.startOf('year').format(ISO), to: day.endOf('year').format(ISO) };
    case 'lastYear': {
      const last = day.subtract(1, 'year');
      return { from: last.startOf('year').format(ISO), to: last.endOf('year').format(ISO) };
    }
    case 'last12Months':
      return { from: day.subtract(11, 'month').startOf('month').format(ISO), to: today };
    case 'all':
      // To the year's end: classes already planned for the coming weeks count as enrolments.
      return { from: ALL_TIME_FROM, to: day.endOf('year').format(ISO) };
  }
}
