import { z } from 'zod';
import type { FundingSource, Sex } from '../domain';
import {
  EMPLOYMENT_KINDS,
  type EmploymentKind,
  FOLLOW_UP_OUTCOMES,
  type FollowUpChannel,
  type FollowUpOutcome,
  INCOME_BANDS,
  type IncomeBand,
  MAX_FOLLOW_UP_MONTHS,
  MAX_FOLLOW_UP_ROUNDS,
  RECORDED_CHANNELS,
  SECTORS,
  type Sector,
} from '../graduates';
import { ADMIN, EVERYONE, method, STAFF } from './define';
import { id, isoDate, optionalText, type Page, pageInput } from './common';
import type { WrittenFile } from './enrolments';

export const followUpSettingsInput = z.object({
  /** Months after graduation, e.g. [3, 6, 12]: distinct, ascending after parsing. */
  months: z
    .array(
      z
        .number()
        .int({ message: 'follow_up_months' })
        .min(1, { message: 'follow_up_months' })
        .max(MAX_FOLLOW_UP_MONTHS, { message: 'follow_up_months' }),
    )
    .min(1, { message: 'follow_up_months' })
    .max(MAX_FOLLOW_UP_ROUNDS, { message: 'follow_up_months' })
    .refine((months) => new Set(months).size === months.length, { message: 'follow_up_months' })
    .transform((months) => [...months].sort((a, b) => a - b)),
});

export interface FollowUpSettings {
  months: number[];
}

/** Filters shared by the due list, its contact export and the graduates list. */
export const graduateFilters = z.object({
  programId: id.nullable().default(null),
  classId: id.nullable().default(null),
  search: z.string().trim().max(100).default(''),
});

/** One graduate to contact: the most recent round that is due and not yet answered. */
export interface DueFollowUp {
  enrolmentId: number;
  participantId: number;
  fullName: string;
  nik: string;
  phone: string;
  classId: number;
  className: string;
  programName: string;
  graduatedOn: string;
  roundMonths: number;
  dueOn: string;
  /** Days since it fell due (0 on the day). */
  daysOverdue: number;
  /** Tries in this round that did not reach the graduate. */
  unreachableTries: number;
  lastContactOn: string | null;
  currentStatus: FollowUpOutcome | null;
}

export type RoundState = 'done' | 'due' | 'upcoming' | 'missed';

export interface FollowUpRound {
  months: number;
  dueOn: string;
  /** done: a follow-up reached the graduate in this round; missed: the next round is due already. */
  state: RoundState;
  followUpId: number | null;
}

export interface FollowUp {
  id: number;
  enrolmentId: number;
  roundMonths: number | null;
  contactedOn: string;
  channel: FollowUpChannel;
  outcome: FollowUpOutcome;
  employer: string;
  companyId: number | null;
  sector: Sector | null;
  jobTitle: string;
  employmentKind: EmploymentKind | null;
  businessType: string;
  incomeBand: IncomeBand | null;
  notes: string;
  placementId: number | null;
  operatorName: string;
  createdAt: string;
}

export interface GraduateRow {
  enrolmentId: number;
  participantId: number;
  fullName: string;
  nik: string;
  sex: Sex;
  phone: string;
  classId: number;
  className: string;
  programName: string;
  fundingSource: FundingSource;
  graduatedOn: string;
  currentStatus: FollowUpOutcome | null;
  lastContactOn: string | null;
}

export interface GraduatePlacement {
  id: number;
  companyId: number;
  companyName: string;
  position: string;
  startedOn: string;
  employmentKind: EmploymentKind;
  incomeBand: IncomeBand;
  notes: string;
}

export interface GraduateDetail extends GraduateRow {
  rounds: FollowUpRound[];
  /** Newest first; the first one is the current status. */
  followUps: FollowUp[];
  placements: GraduatePlacement[];
}

/** What a clerk records; the outcome decides which facts are asked (and stored). */
export const followUpInput = z
  .object({
    enrolmentId: id,
    contactedOn: isoDate,
    channel: z.enum(RECORDED_CHANNELS, { message: 'required' }),
    outcome: z.enum(FOLLOW_UP_OUTCOMES, { message: 'required' }),
    employer: optionalText(150),
    companyId: id.nullable().default(null),
    sector: z.enum(SECTORS, { message: 'sector' }).nullable().default(null),
    jobTitle: optionalText(150),
    employmentKind: z.enum(EMPLOYMENT_KINDS, { message: 'required' }).nullable().default(null),
    businessType: optionalText(150),
    incomeBand: z.enum(INCOME_BANDS, { message: 'income_band' }).nullable().default(null),
    notes: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    const need = (path: keyof typeof value, present: boolean) => {
      if (!present) ctx.addIssue({ code: 'custom', path: [path], message: 'required' });
    };
    if (value.outcome === 'employed') {
      need('employer', value.employer !== '' || value.companyId !== null);
      need('employmentKind', value.employmentKind !== null);
      need('incomeBand', value.incomeBand !== null);
    } else if (value.outcome === 'self_employed') {
      need('businessType', value.businessType !== '');
      need('incomeBand', value.incomeBand !== null);
    }
  });
export type FollowUpInput = z.input<typeof followUpInput>;

export const graduatesContract = {
  'followUps.settings': method<FollowUpSettings>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'followUps.saveSettings': method<FollowUpSettings>()({ input: followUpSettingsInput, access: ADMIN, writes: true }),
  /** Graduates whose latest due round has no answer yet, most overdue first. */
  'followUps.due': method<Page<DueFollowUp>>()({
    input: graduateFilters.extend(pageInput.shape),
    access: EVERYONE,
    writes: false,
  }),
  /** The due list's contacts as CSV or xlsx (by the extension picked) into a file the user picks. */
  'followUps.exportContacts': method<WrittenFile | null>()({ input: graduateFilters, access: EVERYONE, writes: false }),
  /**
   * Records one contact. Fields that do not belong to the outcome are dropped; the round is the one
   * due on `contactedOn` that is not yet answered. NOT_GRADUATED, FOLLOW_UP_BEFORE_GRADUATION,
   * VALIDATION (date_future).
   */
  'followUps.record': method<FollowUp>()({ input: followUpInput, access: STAFF, writes: true }),
  'graduates.list': method<Page<GraduateRow>>()({
    input: graduateFilters.extend(pageInput.shape).extend({
      /** 'unknown' = never followed up. */
      status: z
        .enum([...FOLLOW_UP_OUTCOMES, 'unknown'])
        .nullable()
        .default(null),
      year: z.number().int().min(2000).max(2100).nullable().default(null),
    }),
    access: EVERYONE,
    writes: false,
  }),
  'graduates.get': method<GraduateDetail>()({ input: z.object({ enrolmentId: id }), access: EVERYONE, writes: false }),
};
