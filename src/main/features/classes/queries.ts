import { type Kysely, sql } from 'kysely';
import type { ClassInstructor, ClassPlace, ClassSummary, ClassWarning, RosterRow } from '@shared/contract';
import {
  BELOW_MINIMUM_WARNING_DAYS,
  CLASS_STATUSES_BEFORE_START,
  type ClassStatus,
  SEAT_HOLDING_STATUSES,
} from '@shared/domain';
import { DomainError } from '@shared/errors';
import { type CertificateKind, certificateProblemsForClass, daysBetween } from '@shared/instructors';
import type { Database } from '../../db/schema';
import { attendanceSummaries } from '../attendance/summary';
import { reserveRankOfE } from '../enrolments/seats';

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .leftJoin('rooms as r', 'r.id', 'c.roomId')
    .leftJoin('mtuSites as m', 'm.id', 'c.mtuSiteId')
    .select([
      'c.id',
      'c.programId',
      'p.name as programName',
      'c.name',
      'c.quota',
      'c.startDate',
      'c.endDate',
      'c.status',
      'c.fundingSource',
      'c.sponsorName',
      'c.roomId',
      'r.name as roomName',
      'c.mtuSiteId',
      'm.name as mtuSiteName',
      'm.village as mtuSiteVillage',
      'c.minToOpen',
    ])
    .select((eb) => [
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.classId', '=', 'c.id')
        .where('e.status', 'in', SEAT_HOLDING_STATUSES)
        .select(eb.fn.countAll<number>().as('n'))
        .as('seatsTaken'),
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.classId', '=', 'c.id')
        .where('e.status', '=', 'reserve')
        .select(eb.fn.countAll<number>().as('n'))
        .as('reserveCount'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

function placeOf(row: SummaryRow): ClassPlace | null {
  if (row.roomId !== null) return { kind: 'room', roomId: row.roomId, name: row.roomName ?? '' };
  if (row.mtuSiteId !== null) {
    return { kind: 'mtu', mtuSiteId: row.mtuSiteId, name: row.mtuSiteName ?? '', village: row.mtuSiteVillage ?? '' };
  }
  return null;
}

/** Fewer seat holders than the minimum to open, while the class has not started. */
export function isBelowMinimum(klass: { status: ClassStatus; seatsTaken: number; minToOpen: number }): boolean {
  return CLASS_STATUSES_BEFORE_START.includes(klass.status) && klass.seatsTaken < klass.minToOpen;
}

/** Still needs attention: not finished or closed. */
const isCurrent = (status: ClassStatus) => status !== 'finished' && status !== 'closed';

/** The class's instructors (lead first, then by name) with their certificates, in two queries. */
async function instructorsOf(
  db: Kysely<Database>,
  classIds: number[],
): Promise<
  Map<number, { id: number; fullName: string; role: ClassInstructor['role']; certificates: CertificateSet }[]>
> {
  const byClass = new Map<
    number,
    { id: number; fullName: string; role: ClassInstructor['role']; certificates: CertificateSet }[]
  >();
  if (classIds.length === 0) return byClass;
  const rows = await db
    .selectFrom('classInstructors as ci')
    .innerJoin('instructors as i', 'i.id', 'ci.instructorId')
    .select(['ci.classId', 'ci.instructorId', 'ci.role', 'i.fullName'])
    .where('ci.classId', 'in', classIds)
    .execute();
  if (rows.length === 0) return byClass;
  const instructorIds = [...new Set(rows.map((row) => row.instructorId))];
  const certificates = await db
    .selectFrom('instructorCertificates')
    .select(['instructorId', 'kind', 'expiresOn'])
    .where('instructorId', 'in', instructorIds)
    .execute();
  const certificatesOf = new Map<number, CertificateSet>();
  for (const certificate of certificates) {
    const set = certificatesOf.get(certificate.instructorId) ?? { competency: null, methodology: null };
    set[certificate.kind] = { expiresOn: certificate.expiresOn };
    certificatesOf.set(certificate.instructorId, set);
  }
  for (const row of rows) {
    const list = byClass.get(row.classId) ?? [];
    list.push({
      id: row.instructorId,
      fullName: row.fullName,
      role: row.role,
      certificates: certificatesOf.get(row.instructorId) ?? { competency: null, methodology: null },
    });
    byClass.set(row.classId, list);
  }
  for (const list of byClass.values()) {
    list.sort(
      (a, b) =>
        Number(a.role !== 'lead') - Number(b.role !== 'lead') ||
        a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' }) ||
        a.id - b.id,
    );
  }
  return byClass;
}

type CertificateSet = Record<CertificateKind, { expiresOn: string } | null>;

/** Classes with their place, instructors and warnings; `today` is the BLK's date. */
async function loadClasses(
  db: Kysely<Database>,
  filter: { id?: number | undefined; status?: ClassStatus | undefined; programId?: number | undefined },
  today: string,
): Promise<{ summaries: ClassSummary[]; warnings: ClassWarning[] }> {
  let query = summaries(db);
  if (filter.id !== undefined) query = query.where('c.id', '=', filter.id);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.programId) query = query.where('c.programId', '=', filter.programId);
  const rows = await query.orderBy('c.startDate', 'desc').orderBy('c.name').execute();
  const instructors = await instructorsOf(
    db,
    rows.map((row) => row.id),
  );
  const result: ClassSummary[] = [];
  const warnings: ClassWarning[] = [];
  for (const row of rows) {
    const seatsTaken = Number(row.seatsTaken ?? 0);
    const base = {
      classId: row.id,
      className: row.name,
      programName: row.programName,
      status: row.status,
      startDate: row.startDate,
      endDate: row.endDate,
    };
    const classWarnings: ClassWarning[] = [];
    const classInstructors = (instructors.get(row.id) ?? []).map(({ certificates, ...instructor }) => {
      const problems = certificateProblemsForClass(certificates, row.endDate, today);
      for (const problem of problems) {
        classWarnings.push({
          ...base,
          kind: 'certificate',
          instructorId: instructor.id,
          fullName: instructor.fullName,
          certificate: problem.kind,
          problem: problem.problem,
          expiresOn: problem.expiresOn,
        });
      }
      return { ...instructor, warnings: problems };
    });
    const belowMinimum = isBelowMinimum({ status: row.status, seatsTaken, minToOpen: row.minToOpen });
    const daysToStart = daysBetween(today, row.startDate);
    if (belowMinimum && daysToStart <= BELOW_MINIMUM_WARNING_DAYS) {
      classWarnings.push({ ...base, kind: 'below_minimum', seatsTaken, minToOpen: row.minToOpen, daysToStart });
    }
    const current = isCurrent(row.status);
    if (current) warnings.push(...classWarnings);
    result.push({
      id: row.id,
      programId: row.programId,
      programName: row.programName,
      name: row.name,
      quota: row.quota,
      startDate: row.startDate,
      endDate: row.endDate,
      status: row.status,
      seatsTaken,
      reserveCount: Number(row.reserveCount ?? 0),
      fundingSource: row.fundingSource,
      sponsorName: row.sponsorName,
      place: placeOf(row),
      instructors: classInstructors,
      minToOpen: row.minToOpen,
      belowMinimum,
      warnings: current ? classWarnings.length : 0,
    });
  }
  return { summaries: result, warnings };
}

export async function listClasses(
  db: Kysely<Database>,
  filter: { status?: ClassStatus | undefined; programId?: number | undefined },
  today: string,
): Promise<ClassSummary[]> {
  return (await loadClasses(db, filter, today)).summaries;
}

export async function readClass(db: Kysely<Database>, id: number, today: string): Promise<ClassSummary> {
  const [klass] = (await loadClasses(db, { id }, today)).summaries;
  if (!klass) throw new DomainError('NOT_FOUND', 'No such class', { params: { entity: 'class' } });
  return klass;
}

/**
 * Every class not finished or closed with an instructor certificate problem or below its minimum
 * to open within BELOW_MINIMUM_WARNING_DAYS of its start: soonest start first, then by class name.
 */
export async function classWarnings(db: Kysely<Database>, today: string): Promise<ClassWarning[]> {
  const { warnings } = await loadClasses(db, {}, today);
  return warnings.sort(
    (a, b) =>
      a.startDate.localeCompare(b.startDate) ||
      a.className.localeCompare(b.className, 'id', { sensitivity: 'base' }) ||
      a.classId - b.classId ||
      Number(a.kind !== 'below_minimum') - Number(b.kind !== 'below_minimum'),
  );
}

/** Seat holders first (in order of registration), then the reserve list in its order, then the rest. */
export async function readRoster(db: Kysely<Database>, classId: number): Promise<RosterRow[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select([
      'e.id as enrolmentId',
      'e.registrationNo',
      'e.participantId',
      'p.fullName',
      'p.nik',
      'p.sex',
      'p.phone',
      'e.status',
      'e.offeredAt',
      'e.createdAt',
    ])
    .select(reserveRankOfE)
    .select(
      sql<string>`(SELECT json_group_array(json_object('rule', o.rule, 'reason', o.reason))
        FROM eligibility_overrides o WHERE o.enrolment_id = e.id)`.as('overridesJson'),
    )
    .leftJoin('outcomeOverrides as oo', 'oo.enrolmentId', 'e.id')
    .select(['oo.status as overrideStatus', 'oo.reason as overrideReason'])
    .where('e.classId', '=', classId)
    .orderBy(
      sql`CASE WHEN e.status IN (${sql.join(SEAT_HOLDING_STATUSES)}) THEN 0 WHEN e.status = 'reserve' THEN 1 ELSE 2 END`,
    )
    .orderBy('e.reservePosition')
    .orderBy('e.id')
    .execute();
  const attendance = await attendanceSummaries(db, { classId });
  return rows.map(({ overridesJson, overrideStatus, overrideReason, ...row }) => {
    const summary = attendance.get(row.enrolmentId);
    return {
      ...row,
      overrides: JSON.parse(overridesJson) as RosterRow['overrides'],
      attendancePct: summary?.attendancePct ?? null,
      belowMinAttendance: summary?.belowMinimum ?? false,
      outcomeOverride: overrideStatus ? { status: overrideStatus, reason: overrideReason ?? '' } : null,
    };
  });
}

export async function assertClassNameFree(db: Kysely<Database>, name: string, selfId: number | null) {
  const clash = await db
    .selectFrom('classes')
    .select('id')
    .where(sql<boolean>`lower(name) = ${name.toLowerCase()}`)
    .where('id', '!=', selfId ?? 0)
    .executeTakeFirst();
  if (clash) throw new DomainError('CLASS_NAME_TAKEN', 'Class name is taken', { fields: { name: 'class_name_taken' } });
}
