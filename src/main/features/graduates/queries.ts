/** Reads the graduates room shares: graduate rows with their current status, existence checks, paging. */
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { GraduateRow } from '@shared/contract/graduates';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';

/**
 * Counting stops here: a graduates list or due list past this many matches is narrowed with the
 * filters rather than paged through, and the bound keeps each keystroke's work small.
 */
export const LIST_COUNT_CAP = 10_000;

export function notFound(entity: string, field?: string): DomainError {
  return new DomainError('NOT_FOUND', `No such ${entity}`, {
    params: { entity },
    ...(field ? { fields: { [field]: 'not_found' } } : {}),
  });
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `%`, `_` and the escape itself stand for themselves in a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The search box of the graduate lists: digits are the start of a NIK or a phone number, anything
 * else is name words, each matching anywhere in the name.
 */
export function matchesSearch<DB extends Database, TB extends keyof DB & string, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  search: string,
  participant: string,
): SelectQueryBuilder<DB, TB, O> {
  const typed = search.trim();
  if (typed === '') return query;
  const nik = sql.ref(`${participant}.nik`);
  const phone = sql.ref(`${participant}.phone`);
  const name = sql.ref(`${participant}.fullName`);
  const digits = typed.replace(/[\s.+-]/g, '');
  if (/^\d+$/.test(digits)) {
    // Digits are the start of a NIK or of a phone number, stored as 08... (so +62 / 62 typed
    // from a WhatsApp number reads as 0): both are range tests, like a prefix on an index.
    const local = digits.replace(/^62(?=8)/, '0');
    return query.where(
      sql<boolean>`(${nik} >= ${digits} AND ${nik} < ${`${digits}~`}) OR (${phone} >= ${local} AND ${phone} < ${`${local}~`})`,
    );
  }
  let filtered = query;
  for (const word of typed.split(/\s+/))
    filtered = filtered.where(sql<boolean>`${name} LIKE ${`%${likeLiteral(word)}%`} ESCAPE '\\'`);
  return filtered;
}

/** Graduates with who they are, their class and programme, and their current status (if any). */
export function graduatesBase(db: Kysely<Database>) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('participants as p', 'p.id', 'g.participantId')
    .innerJoin('classes as c', 'c.id', 'g.classId')
    .innerJoin('programs as pr', 'pr.id', 'g.programId')
    .leftJoin('graduateStatus as gs', 'gs.enrolmentId', 'g.enrolmentId');
}

export const GRADUATE_ROW_COLUMNS = [
  'g.enrolmentId',
  'g.participantId',
  'p.fullName',
  'p.nik',
  'p.sex',
  'p.phone',
  'g.classId',
  'c.name as className',
  'pr.name as programName',
  'g.fundingSource',
  'g.graduatedOn',
  'gs.outcome as currentStatus',
  'gs.contactedOn as lastContactOn',
] as const;

export async function readGraduateRow(db: Kysely<Database>, enrolmentId: number): Promise<GraduateRow | undefined> {
  return graduatesBase(db).select(GRADUATE_ROW_COLUMNS).where('g.enrolmentId', '=', enrolmentId).executeTakeFirst();
}

/**
 * The graduate a follow-up or placement is for. An enrolment that exists but did not graduate is
 * NOT_GRADUATED (the trigger says the same, but without the field).
 */
export async function requireGraduate(
  db: Kysely<Database>,
  enrolmentId: number,
): Promise<{ enrolmentId: number; graduatedOn: string; participantId: number }> {
  const graduate = await db
    .selectFrom('graduates')
    .select(['enrolmentId', 'graduatedOn', 'participantId'])
    .where('enrolmentId', '=', enrolmentId)
    .executeTakeFirst();
  if (graduate) return graduate;
  const enrolment = await db.selectFrom('enrolments').select('id').where('id', '=', enrolmentId).executeTakeFirst();
  if (!enrolment) throw notFound('enrolment', 'enrolmentId');
  throw new DomainError('NOT_GRADUATED', 'Only graduates are followed up');
}

/** How many rows `matches` selects, counted up to LIST_COUNT_CAP (more: `capped`). */
export async function countCapped<DB, TB extends keyof DB, O>(
  db: Kysely<Database>,
  matches: SelectQueryBuilder<DB, TB, O>,
): Promise<{ total: number; capped: boolean }> {
  const counted = await db
    .selectFrom(matches.limit(LIST_COUNT_CAP + 1).as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(counted.n);
  return { total: Math.min(count, LIST_COUNT_CAP), capped: count > LIST_COUNT_CAP };
}
