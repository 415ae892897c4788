import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartKey, Charts, Count, RateRow } from '@shared/contract/dashboard';
import type { Rate } from '@shared/graduates';
import { ALL_TIME_FROM } from './period';
import { useDashboardFormat } from './useDashboardFormat';

/** A bar of a count chart, its label already in the clerk's words. */
export interface CountBar {
  key: string;
  label: string;
  count: number;
}

/** A bar of a rate chart: the rate with the two counts it comes from. */
export interface RateBar extends Rate {
  key: string;
  label: string;
}

interface ModelBase {
  chart: ChartKey;
  title: string;
  hint?: string;
  /** The heading of the first table column (what a bar stands for). */
  labelHeading: string;
}

export interface CountModel extends ModelBase {
  kind: 'count';
  bars: CountBar[];
}

export interface RateModel extends ModelBase {
  kind: 'rate';
  numeratorHeading: string;
  denominatorHeading: string;
  bars: RateBar[];
}

export type ChartModel = CountModel | RateModel;

/** The sum of several rates over disjoint groups (each graduate is in one programme). */
export function totalRate(rows: readonly Rate[]): Rate {
  const numerator = rows.reduce((sum, row) => sum + row.numerator, 0);
  const denominator = rows.reduce((sum, row) => sum + row.denominator, 0);
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/**
 * Empty months before the first enrolment are noise in "Semua" (which starts in 2000); the months
 * from the first enrolment on stay, zeros included, so a gap still shows as a gap.
 */
function withoutLeadingEmptyMonths(months: Count[]): Count[] {
  const first = months.findIndex((month) => month.count > 0);
  return first <= 0 ? months : months.slice(first);
}

/** Every chart of `dashboard.charts` with translated labels and headings, ready to draw or tabulate. */
export function useChartModels(charts: Charts | undefined) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return useMemo(() => {
    if (!charts) return null;
    const counts = <Key extends string>(rows: Count<Key>[], label: (key: Key) => string): CountBar[] =>
      rows.map((row) => ({ key: row.key, label: label(row.key), count: row.count }));
    const rates = <Key extends string>(rows: RateRow<Key>[], label: (row: RateRow<Key>) => string): RateBar[] =>
      rows.map((row) => ({ ...row, label: label(row) }));
    const placement = {
      kind: 'rate' as const,
      hint: t('dashboard.chart.placementHint'),
      numeratorHeading: t('dashboard.column.placed'),
      denominatorHeading: t('dashboard.column.reached'),
    };
    const count = (chart: ChartKey, labelHeading: string, bars: CountBar[], hint?: string): CountModel => ({
      kind: 'count',
      chart,
      title: t(`dashboard.chart.${chart}`),
      hint,
      labelHeading,
      bars,
    });
    return {
      enrolmentsPerMonth: count(
        'enrolmentsPerMonth',
        t('dashboard.column.month'),
        counts(
          charts.period.from === ALL_TIME_FROM
            ? withoutLeadingEmptyMonths(charts.enrolmentsPerMonth)
            : charts.enrolmentsPerMonth,
          format.month,
        ),
        t('dashboard.chart.enrolmentsPerMonthHint'),
      ),
      bySex: count(
        'bySex',
        t('dashboard.column.sex'),
        counts(charts.bySex, (key) => t(`sex.${key}`)),
      ),
      byAgeBand: count(
        'byAgeBand',
        t('dashboard.column.ageBand'),
        counts(charts.byAgeBand, (key) => t(`graduates.ageBand.${key}`)),
        t('dashboard.chart.byAgeBandHint'),
      ),
      byEducation: count(
        'byEducation',
        t('dashboard.column.education'),
        counts(charts.byEducation, (key) => t(`education.${key}`)),
      ),
      byDistrict: count(
        'byDistrict',
        t('dashboard.column.district'),
        counts(charts.byDistrict, (key) => (key === '' ? t('dashboard.otherDistricts') : key)),
      ),
      graduationRateByProgram: {
        kind: 'rate',
        chart: 'graduationRateByProgram',
        title: t('dashboard.chart.graduationRateByProgram'),
        hint: t('dashboard.chart.graduationRateByProgramHint'),
        labelHeading: t('dashboard.column.program'),
        numeratorHeading: t('dashboard.column.graduates'),
        denominatorHeading: t('dashboard.column.traineesFinished'),
        bars: rates(charts.graduationRateByProgram, (row) => row.label),
      },
      placementRateByProgram: {
        ...placement,
        chart: 'placementRateByProgram',
        title: t('dashboard.chart.placementRateByProgram'),
        labelHeading: t('dashboard.column.program'),
        bars: rates(charts.placementRateByProgram, (row) => row.label),
      },
      placementRateByFunding: {
        ...placement,
        chart: 'placementRateByFunding',
        title: t('dashboard.chart.placementRateByFunding'),
        labelHeading: t('dashboard.column.fundingSource'),
        bars: rates(charts.placementRateByFunding, (row) => t(`fundingSource.${row.key}`)),
      },
      placementRateByYear: {
        ...placement,
        chart: 'placementRateByYear',
        title: t('dashboard.chart.placementRateByYear'),
        labelHeading: t('dashboard.column.year'),
        bars: rates(charts.placementRateByYear, (row) => row.label || row.key),
      },
    } satisfies Record<ChartKey, ChartModel>;
  }, [charts, t, format.month]);
}
