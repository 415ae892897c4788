/**
 * Recording follow-ups (penelusuran alumni). A follow-up is history: never edited or deleted, only
 * for graduates, never dated before graduation nor after today. Each one answers the latest round
 * due on its date that nobody has answered yet (or none: a contact between rounds). Placements
 * record theirs through `insertFollowUp` too, so both follow the same rules.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { FollowUp, followUpInput } from '@shared/contract/graduates';
import { DomainError } from '@shared/errors';
import { formatDate } from '@shared/format';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { blkToday } from '../attendance/guards';
import { notFound, requireGraduate } from './queries';
import { addMonths, readRoundMonths } from './rounds';

/** The facts stored with a follow-up; what does not belong to the outcome is already dropped. */
export type FollowUpFacts = Omit<FollowUp, 'id' | 'roundMonths' | 'operatorName' | 'createdAt'>;

const NO_FACTS = {
  employer: '',
  companyId: null,
  sector: null,
  jobTitle: '',
  employmentKind: null,
  businessType: '',
  incomeBand: null,
} as const;

/**
 * Keeps only the facts the outcome asks for: a clerk who typed an employer, then switched the
 * outcome to "studying", must not store a stray employer.
 */
export function factsForOutcome(input: z.output<typeof followUpInput>): Omit<FollowUpFacts, 'placementId'> {
  const common = {
    enrolmentId: input.enrolmentId,
    contactedOn: input.contactedOn,
    channel: input.channel,
    outcome: input.outcome,
    notes: input.notes,
  };
  if (input.outcome === 'employed')
    return {
      ...common,
      ...NO_FACTS,
      employer: input.employer,
      companyId: input.companyId,
      sector: input.sector,
      jobTitle: input.jobTitle,
      employmentKind: input.employmentKind,
      incomeBand: input.incomeBand,
    };
  if (input.outcome === 'self_employed')
    return {
      ...common,
      ...NO_FACTS,
      businessType: input.businessType,
      sector: input.sector,
      incomeBand: input.incomeBand,
    };
  return { ...common, ...NO_FACTS };
}

/**
 * The date rules, checked here so the clerk sees them next to the date field; the triggers refuse
 * the same (without the field) should anything get past. `field` names the date input.
 */
export async function checkContactDate(
  ctx: HandlerContext,
  enrolmentId: number,
  date: string,
  field: string,
): Promise<{ graduatedOn: string }> {
  const graduate = await requireGraduate(ctx.db, enrolmentId);
  if (date > (await blkToday(ctx.db, ctx.now)))
    throw new DomainError('VALIDATION', 'The date is in the future', { fields: { [field]: 'date_future' } });
  if (date < graduate.graduatedOn)
    throw new DomainError('FOLLOW_UP_BEFORE_GRADUATION', 'Dated before graduation', {
      params: { date: formatDate(graduate.graduatedOn, 'id') },
      fields: { [field]: 'follow_up_before_graduation' },
    });
  return graduate;
}

/** The latest round due on `date` that no follow-up has reached the graduate in yet; null if none. */
export async function roundAnsweredOn(
  db: Kysely<Database>,
  enrolmentId: number,
  graduatedOn: string,
  date: string,
): Promise<number | null> {
  const reached = await db
    .selectFrom('followUps')
    .select('roundMonths')
    .distinct()
    .where('enrolmentId', '=', enrolmentId)
    .where('roundMonths', 'is not', null)
    .where('outcome', '!=', 'unreachable')
    .execute();
  const answered = new Set(reached.map((row) => row.roundMonths));
  const open = (await readRoundMonths(db)).filter(
    (months) => addMonths(graduatedOn, months) <= date && !answered.has(months),
  );
  return open.at(-1) ?? null;
}

/** Inserts a follow-up (its round worked out here) with its audit row; returns it as read back. */
export async function insertFollowUp(
  ctx: HandlerContext,
  facts: FollowUpFacts,
  graduatedOn: string,
): Promise<FollowUp> {
  const session = requireSession(ctx);
  const roundMonths = await roundAnsweredOn(ctx.db, facts.enrolmentId, graduatedOn, facts.contactedOn);
  const { id } = await ctx.db
    .insertInto('followUps')
    .values({ ...facts, roundMonths, operatorId: session.operatorId, createdAt: ctx.now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const followUp = await readFollowUp(ctx.db, id);
  await ctx.audit({ entity: 'follow_up', entityId: id, after: followUp });
  return followUp;
}

export async function recordFollowUp(ctx: HandlerContext, input: z.output<typeof followUpInput>): Promise<FollowUp> {
  const { graduatedOn } = await checkContactDate(ctx, input.enrolmentId, input.contactedOn, 'contactedOn');
  const facts = factsForOutcome(input);
  if (facts.companyId !== null) {
    const company = await ctx.db
      .selectFrom('companies')
      .select(['name', 'sector'])
      .where('id', '=', facts.companyId)
      .executeTakeFirst();
    if (!company) throw notFound('company', 'companyId');
    // Picking a partner company is enough: its name and sector fill what the clerk left empty.
    if (facts.employer === '') facts.employer = company.name;
    facts.sector ??= company.sector;
  }
  return insertFollowUp(ctx, { ...facts, placementId: null }, graduatedOn);
}

function followUpRows(db: Kysely<Database>) {
  return db
    .selectFrom('followUps as f')
    .leftJoin('operators as o', 'o.id', 'f.operatorId')
    .select([
      'f.id',
      'f.enrolmentId',
      'f.roundMonths',
      'f.contactedOn',
      'f.channel',
      'f.outcome',
      'f.employer',
      'f.companyId',
      'f.sector',
      'f.jobTitle',
      'f.employmentKind',
      'f.businessType',
      'f.incomeBand',
      'f.notes',
      'f.placementId',
      'o.fullName as operatorName',
      'f.createdAt',
    ]);
}

type FollowUpRecord = Awaited<ReturnType<ReturnType<typeof followUpRows>['executeTakeFirstOrThrow']>>;
const toFollowUp = (row: FollowUpRecord): FollowUp => ({ ...row, operatorName: row.operatorName ?? '' });

export async function readFollowUp(db: Kysely<Database>, id: number): Promise<FollowUp> {
  const row = await followUpRows(db).where('f.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('follow_up', 'id');
  return toFollowUp(row);
}

/** A graduate's follow-ups, newest first (by date, then by entry: the first is the current status). */
export async function followUpsOf(db: Kysely<Database>, enrolmentId: number): Promise<FollowUp[]> {
  const rows = await followUpRows(db)
    .where('f.enrolmentId', '=', enrolmentId)
    .orderBy('f.contactedOn', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
  return rows.map(toFollowUp);
}
