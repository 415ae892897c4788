import type { EmploymentKind, FollowUpOutcome, IncomeBand, RECORDED_CHANNELS, Sector } from '@shared/graduates';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';

export type RecordedChannel = (typeof RECORDED_CHANNELS)[number];

/** The follow-up form as typed; field names are the contract's, so main's field errors land on them. */
export interface FollowUpValues extends Record<string, unknown> {
  contactedOn: string;
  channel: RecordedChannel;
  /** Null until the clerk picks one: no outcome is a safe guess. */
  outcome: FollowUpOutcome | null;
  employer: string;
  companyId: number | null;
  sector: Sector | null;
  jobTitle: string;
  employmentKind: EmploymentKind | null;
  businessType: string;
  incomeBand: IncomeBand | null;
  notes: string;
}

export function emptyFollowUp(today = todayIso()): FollowUpValues {
  return {
    contactedOn: toTypedDate(today),
    channel: 'phone',
    outcome: null,
    employer: '',
    companyId: null,
    sector: null,
    jobTitle: '',
    employmentKind: null,
    businessType: '',
    incomeBand: null,
    notes: '',
  };
}

type OutcomeField = 'employer' | 'sector' | 'jobTitle' | 'employmentKind' | 'businessType' | 'incomeBand';

/** The facts each outcome asks for, in the order the form shows them; the rest only get notes. */
export const OUTCOME_FIELDS: Record<FollowUpOutcome, readonly OutcomeField[]> = {
  employed: ['employer', 'sector', 'jobTitle', 'employmentKind', 'incomeBand'],
  self_employed: ['businessType', 'sector', 'incomeBand'],
  studying: [],
  not_working: [],
  unreachable: [],
};

export function asksFor(outcome: FollowUpOutcome | null, field: OutcomeField): boolean {
  return outcome !== null && OUTCOME_FIELDS[outcome].includes(field);
}

/**
 * A candidate for followUpInput: a field the chosen outcome does not ask for is sent empty even if
 * the clerk filled it before changing the outcome (it is hidden, so it must not be stored). What
 * cannot be read stays as typed so the schema names it.
 */
export function followUpCandidate(enrolmentId: number, values: FollowUpValues) {
  const outcome = values.outcome;
  const keep = <T>(field: OutcomeField, value: T, empty: T): T => (asksFor(outcome, field) ? value : empty);
  return {
    enrolmentId,
    contactedOn: parseTypedDate(values.contactedOn) ?? values.contactedOn,
    channel: values.channel,
    // No outcome yet: left out, so the schema answers "required" on the outcome field.
    outcome: outcome ?? undefined,
    employer: keep('employer', values.employer, ''),
    companyId: keep('employer', values.companyId, null),
    sector: keep('sector', values.sector, null),
    jobTitle: keep('jobTitle', values.jobTitle, ''),
    employmentKind: keep('employmentKind', values.employmentKind, null),
    businessType: keep('businessType', values.businessType, ''),
    incomeBand: keep('incomeBand', values.incomeBand, null),
    notes: values.notes,
  };
}
