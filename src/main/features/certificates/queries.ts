/** Reading certificates: the registry row the screens show, and the frozen facts a PDF prints. */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { CertificateRow } from '@shared/contract/certificates';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import type { CertifiedFacts } from '../../pdf/certificate-document';

/** The certificates joined to what a row shows; callers add filters, order and paging. */
export function certificatesBase(db: Kysely<Database>) {
  return db
    .selectFrom('certificates as ct')
    .innerJoin('enrolments as e', 'e.id', 'ct.enrolmentId')
    .leftJoin('operators as ro', 'ro.id', 'ct.revokedBy');
}

type Base = ReturnType<typeof certificatesBase>;
type BaseDb = Base extends SelectQueryBuilder<infer DB, infer _TB, infer _O> ? DB : never;
type BaseTables = Base extends SelectQueryBuilder<infer _DB, infer TB, infer _O> ? TB : never;

export function selectCertificateColumns<O>(query: SelectQueryBuilder<BaseDb, BaseTables, O>) {
  return query
    .select([
      'ct.id',
      'ct.serial',
      'ct.enrolmentId',
      'e.participantId',
      'e.classId',
      'ct.issuedOn',
      'ct.payloadJson',
      'ct.qrText',
      'ct.revokedAt',
      'ct.revokedReason',
      'ro.fullName as revokedByName',
    ])
    .select((eb) =>
      eb
        .selectFrom('certificatePrints as cp')
        .whereRef('cp.certificateId', '=', 'ct.id')
        .select((inner) => inner.fn.coalesce(inner.fn.max('cp.copy'), inner.lit(0)).as('copies'))
        .as('copies'),
    );
}

export interface CertificateRecord {
  id: number;
  serial: string;
  enrolmentId: number;
  participantId: number;
  classId: number;
  issuedOn: string;
  payloadJson: string;
  qrText: string;
  revokedAt: string | null;
  revokedReason: string | null;
  revokedByName: string | null;
  copies: number | null;
}

export function factsOf(record: Pick<CertificateRecord, 'payloadJson'>): CertifiedFacts {
  return JSON.parse(record.payloadJson) as CertifiedFacts;
}

export function toCertificateRow(record: CertificateRecord): CertificateRow {
  const facts = factsOf(record);
  return {
    id: record.id,
    serial: record.serial,
    enrolmentId: record.enrolmentId,
    participantId: record.participantId,
    fullName: facts.fullName,
    nik: facts.nik,
    programCode: facts.programCode,
    programName: facts.programName,
    classId: record.classId,
    className: facts.className,
    issuedOn: record.issuedOn,
    copies: record.copies ?? 0,
    revoked:
      record.revokedAt === null
        ? null
        : { at: record.revokedAt, reason: record.revokedReason ?? '', operatorName: record.revokedByName ?? '' },
  };
}

export async function readCertificates(db: Kysely<Database>, ids: readonly number[]): Promise<CertificateRecord[]> {
  if (ids.length === 0) return [];
  const records: CertificateRecord[] = [];
  // Bound parameters stay well under SQLite's limit for batches of thousands.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    records.push(...(await selectCertificateColumns(certificatesBase(db)).where('ct.id', 'in', chunk).execute()));
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function readCertificate(db: Kysely<Database>, id: number): Promise<CertificateRecord> {
  const [record] = await readCertificates(db, [id]);
  if (!record) throw new DomainError('NOT_FOUND', 'No such certificate', { params: { entity: 'certificate' } });
  return record;
}

/** Certificates in force (not revoked) of these enrolments, by enrolment id. */
/**
 * Each enrolment's certificate to show: the one in force, else the latest revoked one (so a class
 * list still says a certificate existed and was revoked until a replacement is issued).
 */
export async function currentByEnrolment(
  db: Kysely<Database>,
  enrolmentIds: readonly number[],
): Promise<Map<number, CertificateRecord>> {
  if (enrolmentIds.length === 0) return new Map();
  const records = await selectCertificateColumns(certificatesBase(db))
    .where('ct.enrolmentId', 'in', [...enrolmentIds])
    .orderBy('ct.id')
    .execute();
  const current = new Map<number, CertificateRecord>();
  for (const record of records) {
    const shown = current.get(record.enrolmentId);
    if (!shown || shown.revokedAt !== null) current.set(record.enrolmentId, record);
  }
  return current;
}

export async function inForceByEnrolment(
  db: Kysely<Database>,
  enrolmentIds: readonly number[],
): Promise<Map<number, CertificateRecord>> {
  if (enrolmentIds.length === 0) return new Map();
  const records = await selectCertificateColumns(certificatesBase(db))
    .where('ct.enrolmentId', 'in', [...enrolmentIds])
    .where('ct.revokedAt', 'is', null)
    .execute();
  return new Map(records.map((record) => [record.enrolmentId, record]));
}
