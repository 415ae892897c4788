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

/**
 * The class lifecycle: planned -> open for registration -> running -> finished -> closed, with one
 * step back (open -> planned, e.g. registration opened by mistake). Nothing else.
 */
export const CLASS_TRANSITIONS: Readonly<Record<ClassStatus, readonly ClassStatus[]>> = {
  planned: ['open'],
  open: ['planned', 'running'],
  running: ['finished'],
  finished: ['closed'],
  closed: [],
};

/** Classes that still take people in (by enrolment or by transfer). */
export const CLASS_STATUSES_TAKING_TRANSFERS: readonly ClassStatus[] = ['planned', 'open', 'running'];

/** Classes that have not started yet: the minimum to open still matters. */
export const CLASS_STATUSES_BEFORE_START: readonly ClassStatus[] = ['planned', 'open'];

/** Who pays for a class (reported per funding source). */
export const FUNDING_SOURCES = ['apbn', 'apbd', 'dana_desa', 'company', 'blk_komunitas', 'self_funded'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Funding sources that name their sponsor: the village (Dana Desa) or the company (partnership / CSR). */
export const SPONSORED_FUNDING_SOURCES: readonly FundingSource[] = ['dana_desa', 'company'];

export const CLASS_INSTRUCTOR_ROLES = ['lead', 'assistant'] as const;
export type ClassInstructorRole = (typeof CLASS_INSTRUCTOR_ROLES)[number];

/** A class below this many seat holders should not open (the default; each class sets its own). */
export const DEFAULT_MIN_TO_OPEN = 10;
/** A class still below its minimum this many days before it starts is listed on the warnings view. */
export const BELOW_MINIMUM_WARNING_DAYS = 14;

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

/** Enrolments that can move to another class of the same programme (not yet decided or finished). */
export const TRANSFERABLE_STATUSES: readonly EnrolmentStatus[] = [
  'registered',
  'accepted',
  'reserve',
  'reregistered',
  'in_training',
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

/** Attendance marks: Hadir, Sakit, Izin, Alpa. Only Hadir counts towards the minimum. */
export const ATTENDANCE_MARKS = ['H', 'S', 'I', 'A'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** Trainees on the attendance grid and the assessment sheet (the class has them in its room). */
export const TRAINEE_STATUSES: readonly EnrolmentStatus[] = [
  'reregistered',
  'in_training',
  'graduated',
  'not_competent',
  'dropped_out',
];

/** An assessor's verdict on one competency unit (also a BNSP test's result). */
export const UNIT_RESULTS = ['competent', 'not_yet_competent'] as const;
export type UnitResult = (typeof UNIT_RESULTS)[number];

/** The final statuses a finished class gives its trainees (computed, or set by an admin with a reason). */
export const OUTCOME_STATUSES = ['graduated', 'not_competent', 'dropped_out'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Classes whose timetable, attendance and results can no longer change. */
export const CLASS_STATUSES_FROZEN: readonly ClassStatus[] = ['closed'];
/** Classes whose timetable can no longer change (attendance and results still can until closed). */
export const CLASS_STATUSES_SCHEDULE_FROZEN: readonly ClassStatus[] = ['finished', 'closed'];

/** ISO weekdays, Monday = 1 ... Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A BNSP certificate of competence is valid for this many years from its issue date. */
export const BNSP_VALIDITY_YEARS = 3;

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
