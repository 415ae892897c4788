import { z } from 'zod';
import type { EducationLevel, FundingSource, Sex } from '../domain';
import type { CertificateKind } from '../instructors';
import type { ConsumableUnit } from '../equipment';
import type { AgeBand, Rate } from '../graduates';
import { EVERYONE, method } from './define';
import { isoDate } from './common';
import type { LoanRow } from './loans';
import type { WrittenFile } from './enrolments';

/** The first screen after login: what needs attention today. Lists are short (at most 10). */
export interface Today {
  date: string;
  classesRunning: { id: number; name: string; programName: string; endDate: string; trainees: number }[];
  sessionsToday: {
    id: number;
    classId: number;
    className: string;
    startTime: string;
    endTime: string;
    placeName: string | null;
  }[];
  followUpsDue: number;
  overdueLoans: { count: number; rows: LoanRow[] };
  /** Instructor certificates expiring within 60 days or already expired for an active instructor. */
  expiringCertificates: {
    instructorId: number;
    fullName: string;
    kind: CertificateKind;
    expiresOn: string;
    expired: boolean;
  }[];
  lowConsumables: { id: number; name: string; unit: ConsumableUnit; stock: number; lowStock: number }[];
}

export const chartPeriod = z
  .object({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { message: 'end_before_start', path: ['to'] });

/** A bar: its label key (a code the renderer translates, or a name) and its count. */
export interface Count<Key extends string = string> {
  key: Key;
  count: number;
}

export interface RateRow<Key extends string = string> extends Rate {
  key: Key;
  /** Display name when `key` is an id (programmes). */
  label: string;
}

/**
 * Every chart for one period. Trainees are counted once per enrolment that started in the period
 * (in training or finished); graduation and placement count graduates whose class ended in it.
 * Placement rate = (employed + self-employed) / graduates reached (latest follow-up not
 * "unreachable"); graduates never followed up are in neither.
 */
export interface Charts {
  period: { from: string; to: string };
  /** 'YYYY-MM' for every month of the period, zeros included. */
  enrolmentsPerMonth: Count[];
  bySex: Count<Sex>[];
  byAgeBand: Count<AgeBand>[];
  byEducation: Count<EducationLevel>[];
  /** Kecamatan names, largest first; the tail is summed under key '' (Lainnya). */
  byDistrict: Count[];
  /** Graduates / trainees whose class finished in the period, per programme. */
  graduationRateByProgram: RateRow[];
  placementRateByProgram: RateRow[];
  placementRateByFunding: RateRow<FundingSource>[];
  /** Per graduation year within the period. */
  placementRateByYear: RateRow[];
}

export const CHART_KEYS = [
  'enrolmentsPerMonth',
  'bySex',
  'byAgeBand',
  'byEducation',
  'byDistrict',
  'graduationRateByProgram',
  'placementRateByProgram',
  'placementRateByFunding',
  'placementRateByYear',
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export const dashboardContract = {
  'dashboard.today': method<Today>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'dashboard.charts': method<Charts>()({ input: chartPeriod, access: EVERYONE, writes: false }),
  /** One chart as a table (xlsx, Indonesian headings, rates with their denominators). */
  'dashboard.exportChart': method<WrittenFile | null>()({
    input: z.object({ chart: z.enum(CHART_KEYS), from: isoDate, to: isoDate }),
    access: EVERYONE,
    writes: false,
  }),
};
