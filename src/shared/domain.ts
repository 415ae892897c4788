/** Closed vocabularies of the BLK domain. SQL CHECK constraints and zod enums derive from these. */

export const ROLES = ['admin', 'front_desk', 'head'] as const;
export type Role = (typeof ROLES)[number];

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

/** Ordered from lowest to highest: eligibility compares positions. */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'SMK', 'D1_D3', 'D4_S1', 'S2_PLUS'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** SMA and SMK are the same level of schooling; everything else ranks by position. */
export function educationRank(level: EducationLevel): number {
  const ranks: Record<EducationLevel, number> = {
    SD: 1,
    SMP: 2,
    SMA: 3,
    SMK: 3,
    D1_D3: 4,
    D4_S1: 5,
    S2_PLUS: 6,
  };
  return ranks[level];
}

export const ACTIVITIES = ['not_working', 'working', 'in_school'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const CLASS_STATUSES = ['planned', 'open', 'running', 'finished', 'closed'] as const;
export type ClassStatus = (typeof CLASS_STATUSES)[number];

export const ENROLMENT_STATUSES = [
  'registered',
  'accepted',
  'reserve',
  'rejected',
  'reregistered',
  'in_training',
  'graduated',
  'not_competent',
  'dropped_out',
  'withdrawn',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that hold one of the class's seats. */
export const SEAT_HOLDING_STATUSES: readonly EnrolmentStatus[] = [
  'registered',
  'accepted',
  'reregistered',
  'in_training',
  'graduated',
  'not_competent',
];

/** Statuses that count as "enrolled" for the overlap and once-a-year rules. */
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [...SEAT_HOLDING_STATUSES, 'reserve'];

/** The selection flow of this issue; graduation statuses arrive with scheduling. */
export const ENROLMENT_TRANSITIONS: Readonly<Record<EnrolmentStatus, readonly EnrolmentStatus[]>> = {
  registered: ['accepted', 'reserve', 'rejected', 'withdrawn'],
  reserve: ['withdrawn'],
  accepted: ['reregistered', 'withdrawn'],
  reregistered: ['in_training', 'withdrawn'],
  in_training: ['dropped_out'],
  rejected: [],
  graduated: [],
  not_competent: [],
  dropped_out: [],
  withdrawn: [],
};

export const ELIGIBILITY_RULES = [
  'min_age',
  'max_age',
  'min_education',
  'domicile',
  'not_in_school',
  'not_working',
  'no_overlap',
  'once_per_year',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export const DEFAULT_REGENCY_CODE = '6401';
export const DEFAULT_TIMEZONE = 'Asia/Makassar';
export const DEFAULT_CLASS_QUOTA = 16;

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
