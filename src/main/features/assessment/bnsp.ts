import { type Kysely, sql } from 'kysely';
import type { BnspRow, ParsedInputOf } from '@shared/contract';
import { BNSP_VALIDITY_YEARS } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { type HandlerContext, requireSession } from '../../context';
import type { Database } from '../../db/schema';
import { readEnrolmentInClass } from './sheet';

function bnspRows(db: Kysely<Database>) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .leftJoin('bnspTests as b', 'b.enrolmentId', 'e.id')
    .select(['e.id as enrolmentId', 'p.fullName', 'p.nik', 'e.registrationNo'])
    .select(['b.testedOn', 'b.result', 'b.lspName', 'b.certificateNo', 'b.issuedOn', 'b.expiresOn'])
    .where('e.status', '=', 'graduated');
}

type Row = Awaited<ReturnType<ReturnType<typeof bnspRows>['execute']>>[number];

function toBnspRow({ testedOn, result, lspName, certificateNo, issuedOn, expiresOn, ...row }: Row): BnspRow {
  return {
    ...row,
    test:
      testedOn === null || result === null
        ? null
        : { testedOn, result, lspName: lspName ?? '', certificateNo: certificateNo ?? '', issuedOn, expiresOn },
  };
}

/** Graduates of the class (recommended for the BNSP test), by name, with any recorded test. */
export async function listBnsp(db: Kysely<Database>, classId: number): Promise<BnspRow[]> {
  const rows = await bnspRows(db).where('e.classId', '=', classId).execute();
  return rows
    .map(toBnspRow)
    .sort(
      (a, b) => a.fullName.localeCompare(b.fullName, 'id', { sensitivity: 'base' }) || a.enrolmentId - b.enrolmentId,
    );
}

/**
 * Records (or corrects) a graduate's BNSP test. The certificate is valid BNSP_VALIDITY_YEARS from
 * issue, computed by SQLite's date() exactly as the table's CHECK does (29 Feb + 3 years is 1 March).
 * Allowed in a closed class too: the test comes months after the training.
 */
export async function recordBnsp(ctx: HandlerContext, input: ParsedInputOf<'bnsp.record'>): Promise<BnspRow> {
  const session = requireSession(ctx);
  const enrolment = await readEnrolmentInClass(ctx.db, input.enrolmentId);
  if (enrolment.status !== 'graduated') {
    throw new DomainError('NOT_GRADUATED', 'Only graduates take the BNSP test', {
      params: { status: enrolment.status },
    });
  }
  // A certificate exists only for a competent result (the table refuses anything else).
  const competent = input.result === 'competent';
  const certificateNo = competent ? input.certificateNo : '';
  const issuedOn = competent ? input.issuedOn : null;
  const expiresOn = sql<string | null>`date(${issuedOn}, ${`+${BNSP_VALIDITY_YEARS} years`})`;
  const before = await ctx.db
    .selectFrom('bnspTests')
    .selectAll()
    .where('enrolmentId', '=', enrolment.id)
    .executeTakeFirst();
  const columns = {
    testedOn: input.testedOn,
    result: input.result,
    lspName: input.lspName,
    certificateNo,
    issuedOn,
    expiresOn,
    operatorId: session.operatorId,
    updatedAt: ctx.now.toISOString(),
  };
  await ctx.db
    .insertInto('bnspTests')
    .values({ enrolmentId: enrolment.id, ...columns })
    .onConflict((conflict) => conflict.column('enrolmentId').doUpdateSet(columns))
    .execute();
  const row = toBnspRow(await bnspRows(ctx.db).where('e.id', '=', enrolment.id).executeTakeFirstOrThrow());
  await ctx.audit({ entity: 'bnsp_test', entityId: enrolment.id, before: before ?? null, after: row.test });
  return row;
}
