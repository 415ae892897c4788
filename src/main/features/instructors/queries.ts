import type { Kysely, Selectable } from 'kysely';
import type { CertificateWarning, Instructor, InstructorCertificate } from '@shared/contract';
import type { instructorFields } from '@shared/contract/instructors';
import { DomainError } from '@shared/errors';
import { CERTIFICATE_KINDS, type CertificateKind, certificateState } from '@shared/instructors';
import type { z } from 'zod';
import type { Database, InstructorCertificatesTable, InstructorsTable } from '../../db/schema';

export type InstructorFields = z.output<typeof instructorFields>;

function toCertificate(row: Selectable<InstructorCertificatesTable> | undefined, today: string) {
  if (!row) return null;
  const certificate = { number: row.number, issuer: row.issuer, issuedOn: row.issuedOn, expiresOn: row.expiresOn };
  return { ...certificate, ...certificateState(certificate, today) } satisfies InstructorCertificate;
}

/** Instructors with their trades and certificates in three queries, whatever their number. */
async function loadInstructors(
  db: Kysely<Database>,
  filter: { id?: number; activeOnly?: boolean },
  today: string,
): Promise<Instructor[]> {
  let query = db.selectFrom('instructors').selectAll().orderBy('id');
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.activeOnly) query = query.where('active', '=', 1);
  const rows: Selectable<InstructorsTable>[] = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const trades = await db
    .selectFrom('instructorTrades')
    .select(['instructorId', 'trade'])
    .where('instructorId', 'in', ids)
    .orderBy('instructorId')
    .orderBy('trade')
    .execute();
  const certificates = await db
    .selectFrom('instructorCertificates')
    .selectAll()
    .where('instructorId', 'in', ids)
    .execute();
  const tradesOf = new Map<number, string[]>();
  for (const { instructorId, trade } of trades)
    tradesOf.set(instructorId, [...(tradesOf.get(instructorId) ?? []), trade]);
  const certificateRows = new Map(certificates.map((row) => [`${row.instructorId}:${row.kind}`, row]));
  const certificateOf = (instructorId: number, kind: CertificateKind) =>
    toCertificate(certificateRows.get(`${instructorId}:${kind}`), today);
  return rows.map((row) => ({
    id: row.id,
    nik: row.nik,
    fullName: row.fullName,
    phone: row.phone,
    employerKind: row.employerKind,
    employerName: row.employerName,
    trades: tradesOf.get(row.id) ?? [],
    competency: certificateOf(row.id, 'competency'),
    methodology: certificateOf(row.id, 'methodology'),
    active: row.active === 1,
  }));
}

/** Sorted by name as people read it (case- and accent-insensitive), active only unless asked. */
export async function listInstructors(
  db: Kysely<Database>,
  includeInactive: boolean,
  today: string,
): Promise<Instructor[]> {
  const list = await loadInstructors(db, { activeOnly: !includeInactive }, today);
  return list.sort((a, b) => a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' }) || a.id - b.id);
}

export async function readInstructor(db: Kysely<Database>, id: number, today: string): Promise<Instructor> {
  const [instructor] = await loadInstructors(db, { id }, today);
  if (!instructor) throw new DomainError('NOT_FOUND', 'No such instructor', { params: { entity: 'instructor' } });
  return instructor;
}

export async function findInstructorByNik(db: Kysely<Database>, nik: string) {
  return db.selectFrom('instructors').select(['id', 'fullName']).where('nik', '=', nik).executeTakeFirst();
}

/** Trades as given, trimmed, without repeats (case-insensitive; the first spelling wins). */
function distinctTrades(trades: readonly string[]): string[] {
  const seen = new Set<string>();
  return trades.filter((trade) => {
    const key = trade.toLocaleLowerCase('id');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Replaces an instructor's trades and certificates as a whole (inside the write's transaction). */
export async function replaceTradesAndCertificates(
  db: Kysely<Database>,
  instructorId: number,
  input: InstructorFields,
) {
  await db.deleteFrom('instructorTrades').where('instructorId', '=', instructorId).execute();
  await db.deleteFrom('instructorCertificates').where('instructorId', '=', instructorId).execute();
  const trades = distinctTrades(input.trades);
  if (trades.length > 0) {
    await db
      .insertInto('instructorTrades')
      .values(trades.map((trade) => ({ instructorId, trade })))
      .execute();
  }
  const certificates = CERTIFICATE_KINDS.flatMap((kind) => {
    const certificate = input[kind];
    return certificate ? [{ instructorId, kind, ...certificate }] : [];
  });
  if (certificates.length > 0) await db.insertInto('instructorCertificates').values(certificates).execute();
}

const STATE_RANK = { expired: 0, expiring: 1, missing: 2 } as const;

/**
 * Every missing, lapsed or soon-lapsing certificate of an active instructor: lapsed first (longest
 * lapsed first), then expiring soonest first, then missing; ties by name, then certificate kind.
 */
export async function certificateWarnings(db: Kysely<Database>, today: string): Promise<CertificateWarning[]> {
  const instructors = await loadInstructors(db, { activeOnly: true }, today);
  const warnings: CertificateWarning[] = [];
  for (const instructor of instructors) {
    for (const kind of CERTIFICATE_KINDS) {
      const certificate = instructor[kind];
      const { state, daysLeft } = certificate ?? certificateState(null, today);
      if (state === 'valid') continue;
      warnings.push({
        instructorId: instructor.id,
        fullName: instructor.fullName,
        kind,
        state,
        expiresOn: certificate?.expiresOn ?? null,
        daysLeft,
      });
    }
  }
  return warnings.sort(
    (a, b) =>
      STATE_RANK[a.state] - STATE_RANK[b.state] ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' }) ||
      a.instructorId - b.instructorId ||
      CERTIFICATE_KINDS.indexOf(a.kind) - CERTIFICATE_KINDS.indexOf(b.kind),
  );
}
