/**
 * Issuing: a serial from the per-year sequence, the facts frozen as printed, and the signed QR
 * text, all in the router's one transaction. Every check that can refuse (head's name, status,
 * font) runs before the first serial is taken, and a refusal rolls back everything, so a failed
 * call never leaves a gap in the serials.
 */
import type { Kysely } from 'kysely';
import type { CertificateUnitLine, IssueCandidate, IssueResult } from '@shared/contract/certificates';
import type { EnrolmentStatus } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { unsupportedCharacters } from '../../pdf/certificate';
import type { CertifiedFacts } from '../../pdf/certificate-document';
import { currentByEnrolment, inForceByEnrolment, readCertificates, toCertificateRow } from './queries';
import { requireHeadName } from './settings';
import { takeSerial } from './serials';
import { nikHash, signQr, signingKeyPair } from './signing';

/** An enrolment with what its certificate would freeze. */
function enrolmentsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as pr', 'pr.id', 'c.programId')
    .select([
      'e.id as enrolmentId',
      'e.status',
      'e.registrationNo',
      'p.fullName',
      'p.nik',
      'p.birthPlace',
      'p.birthDate',
      'c.name as className',
      'c.startDate',
      'c.endDate',
      'pr.id as programId',
      'pr.code as programCode',
      'pr.name as programName',
      'pr.totalJp',
    ])
    .orderBy('p.fullName')
    .orderBy('e.id');
}

type EnrolmentFacts = Awaited<ReturnType<ReturnType<typeof enrolmentsQuery>['execute']>>[number];

export async function classEnrolments(db: Kysely<Database>, classId: number): Promise<EnrolmentFacts[]> {
  const klass = await db.selectFrom('classes').select('id').where('id', '=', classId).executeTakeFirst();
  if (!klass) throw new DomainError('NOT_FOUND', 'No such class', { params: { entity: 'class' } });
  return enrolmentsQuery(db).where('e.classId', '=', classId).execute();
}

export async function oneEnrolment(db: Kysely<Database>, enrolmentId: number): Promise<EnrolmentFacts> {
  const row = await enrolmentsQuery(db).where('e.id', '=', enrolmentId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such enrolment', { params: { entity: 'enrolment' } });
  return row;
}

export async function issueCandidates(db: Kysely<Database>, classId: number): Promise<IssueCandidate[]> {
  const rows = await classEnrolments(db, classId);
  const shown = await currentByEnrolment(
    db,
    rows.map((row) => row.enrolmentId),
  );
  return rows.map((row) => {
    const record = shown.get(row.enrolmentId);
    return {
      enrolmentId: row.enrolmentId,
      fullName: row.fullName,
      registrationNo: row.registrationNo,
      status: row.status,
      certificate: record ? toCertificateRow(record) : null,
    };
  });
}

/** Each programme's units with each enrolment's recorded result, in the programme's order. */
async function unitLines(
  db: Kysely<Database>,
  rows: EnrolmentFacts[],
): Promise<(row: EnrolmentFacts) => CertificateUnitLine[]> {
  const programIds = [...new Set(rows.map((row) => row.programId))];
  const units = await db
    .selectFrom('competencyUnits')
    .select(['id', 'programId', 'code', 'title', 'jp'])
    .where('programId', 'in', programIds)
    .orderBy('position')
    .execute();
  const results = await db
    .selectFrom('unitResults')
    .select(['enrolmentId', 'unitId', 'result'])
    .where(
      'enrolmentId',
      'in',
      rows.map((row) => row.enrolmentId),
    )
    .execute();
  const resultOf = new Map(results.map((result) => [`${result.enrolmentId}:${result.unitId}`, result.result]));
  return (row) =>
    units
      .filter((unit) => unit.programId === row.programId)
      .map((unit) => ({
        code: unit.code,
        title: unit.title,
        jp: unit.jp,
        // A graduate without a recorded result was graduated by an admin override (with its
        // reason on record): the certificate states the programme as passed, unit by unit.
        result: resultOf.get(`${row.enrolmentId}:${unit.id}`) ?? 'competent',
      }));
}

/**
 * Issues for the graduates among `rows`. `refuse` says what a non-graduate does: a single issue
 * refuses (NOT_GRADUATED), a class issue lists them in `skipped`. A name the font cannot draw
 * refuses the whole call (the first such name), so that a class is issued in one go once the
 * spelling is corrected, rather than leaving some trainees silently behind.
 */
export async function issueCertificates(
  ctx: HandlerContext,
  rows: EnrolmentFacts[],
  nonGraduates: 'refuse' | 'skip',
): Promise<IssueResult> {
  const operator = requireSession(ctx);
  const { serialPattern, timezone } = await requireHeadName(ctx.db);
  const inForce = await inForceByEnrolment(
    ctx.db,
    rows.map((row) => row.enrolmentId),
  );
  const result: IssueResult = { issued: [], alreadyIssued: [], skipped: [] };
  const toIssue: EnrolmentFacts[] = [];
  for (const row of rows) {
    const record = inForce.get(row.enrolmentId);
    if (record) result.alreadyIssued.push(toCertificateRow(record));
    else if (row.status === 'graduated') toIssue.push(row);
    else if (nonGraduates === 'refuse') throw notGraduated(row.status);
    else result.skipped.push({ enrolmentId: row.enrolmentId, fullName: row.fullName, status: row.status });
  }
  for (const row of toIssue) {
    const characters = unsupportedCharacters(row.fullName);
    if (characters.length > 0) {
      throw new DomainError('FONT_CANNOT_DRAW', 'The certificate font cannot draw this name', {
        params: { fullName: row.fullName, characters: characters.join(' ') },
      });
    }
  }
  if (toIssue.length === 0) return result;

  const keys = await signingKeyPair(ctx.db, ctx.now);
  const issuedOn = todayIn(ctx.now, timezone);
  const year = Number(issuedOn.slice(0, 4));
  const unitsOf = await unitLines(ctx.db, toIssue);
  const ids: number[] = [];
  for (const row of toIssue) {
    const { serial, seq } = await takeSerial(ctx.db, serialPattern, year, row.programCode);
    const facts: CertifiedFacts = {
      fullName: row.fullName,
      nik: row.nik,
      birthPlace: row.birthPlace,
      birthDate: row.birthDate,
      programCode: row.programCode,
      programName: row.programName,
      totalJp: row.totalJp,
      className: row.className,
      startDate: row.startDate,
      endDate: row.endDate,
      units: unitsOf(row),
    };
    const qrText = signQr(
      { s: serial, n: facts.fullName, p: facts.programName, d: issuedOn, h: nikHash(facts.nik) },
      keys.privateKeyPem,
    );
    const { id } = await ctx.db
      .insertInto('certificates')
      .values({
        enrolmentId: row.enrolmentId,
        serial,
        year,
        seq,
        issuedOn,
        payloadJson: JSON.stringify(facts),
        qrText,
        operatorId: operator.operatorId,
        createdAt: ctx.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'certificate', entityId: id, after: { serial, enrolmentId: row.enrolmentId, issuedOn } });
    ids.push(id);
  }
  result.issued = (await readCertificates(ctx.db, ids)).map(toCertificateRow);
  return result;
}

function notGraduated(status: EnrolmentStatus): DomainError {
  return new DomainError('NOT_GRADUATED', 'Only graduates receive a certificate', { params: { status } });
}
