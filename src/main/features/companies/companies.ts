/** Partner companies (mitra industri): who they are, what they do with the BLK, and the graduates placed there. */
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Company, companyFields, CompanyPlacement, companiesContract } from '@shared/contract/companies';
import type { Page } from '@shared/contract/common';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { countCapped, notFound } from '../graduates/queries';

type CompanyInput = z.output<typeof companyFields>;
type ListInput = z.output<(typeof companiesContract)['companies.list']['input']>;

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const placementCount = sql<number>`(SELECT count(*) FROM placements x WHERE x.company_id = co.id)`;

function companyRows(db: Kysely<Database>) {
  return db
    .selectFrom('companies as co')
    .select([
      'co.id',
      'co.name',
      'co.sector',
      'co.address',
      'co.contactName',
      'co.phone',
      'co.email',
      'co.notes',
      'co.active',
      placementCount.as('placementCount'),
    ]);
}

type CompanyRecord = Awaited<ReturnType<ReturnType<typeof companyRows>['executeTakeFirstOrThrow']>>;

/** Partnerships of the companies shown, one query for the whole page. */
async function withPartnerships(db: Kysely<Database>, records: CompanyRecord[]): Promise<Company[]> {
  const ids = records.map((record) => record.id);
  const kinds =
    ids.length === 0
      ? []
      : await db
          .selectFrom('companyPartnerships')
          .select(['companyId', 'kind'])
          .where('companyId', 'in', ids)
          .orderBy('kind')
          .execute();
  return records.map((record) => ({
    ...record,
    active: record.active === 1,
    placementCount: Number(record.placementCount),
    partnerships: kinds.filter((kind) => kind.companyId === record.id).map((kind) => kind.kind),
  }));
}

/** Active first, then by name; the search matches words anywhere in the name. */
export async function listCompanies(db: Kysely<Database>, input: ListInput): Promise<Page<Company>> {
  let query = companyRows(db);
  for (const word of input.search.split(/\s+/).filter(Boolean))
    query = query.where(sql<boolean>`co.name LIKE ${`%${likeLiteral(word)}%`} ESCAPE '\\'`);
  if (input.activeOnly) query = query.where('co.active', '=', 1);
  const partnership = input.partnership;
  if (partnership !== null)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('companyPartnerships as cp')
          .select(sql.lit(1).as('one'))
          .whereRef('cp.companyId', '=', 'co.id')
          .where('cp.kind', '=', partnership),
      ),
    );
  const records = await query
    .orderBy('co.active', 'desc')
    .orderBy('co.name')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { rows: await withPartnerships(db, records), ...(await countCapped(db, query.clearSelect().select('co.id'))) };
}

export async function readCompany(db: Kysely<Database>, id: number, field = 'id'): Promise<Company> {
  const record = await companyRows(db).where('co.id', '=', id).executeTakeFirst();
  if (!record) throw notFound('company', field);
  const [company] = await withPartnerships(db, [record]);
  if (!company) throw notFound('company', field);
  return company;
}

/** The company with its placements, newest first. */
export async function readCompanyWithPlacements(
  db: Kysely<Database>,
  id: number,
): Promise<Company & { placements: CompanyPlacement[] }> {
  const company = await readCompany(db, id);
  const placements = await db
    .selectFrom('placements as pl')
    .innerJoin('enrolments as e', 'e.id', 'pl.enrolmentId')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as pr', 'pr.id', 'c.programId')
    .select([
      'pl.id',
      'pl.enrolmentId',
      'e.participantId',
      'p.fullName',
      'c.name as className',
      'pr.name as programName',
      'pl.position',
      'pl.startedOn',
      'pl.employmentKind',
      'pl.incomeBand',
    ])
    .where('pl.companyId', '=', id)
    .orderBy('pl.startedOn', 'desc')
    .orderBy('pl.id', 'desc')
    .execute();
  return { ...company, placements };
}

/** The name is unique without regard to case (the column is NOCASE, so `=` compares that way). */
async function checkName(db: Kysely<Database>, name: string, selfId: number): Promise<void> {
  const clash = await db
    .selectFrom('companies')
    .select('id')
    .where('name', '=', name)
    .where('id', '!=', selfId)
    .executeTakeFirst();
  if (clash)
    throw new DomainError('COMPANY_NAME_TAKEN', 'A company has this name', {
      fields: { name: 'company_name_taken' },
      params: { name },
    });
}

const columns = (input: CompanyInput) => ({
  name: input.name,
  sector: input.sector,
  address: input.address,
  contactName: input.contactName,
  phone: input.phone,
  email: input.email,
  notes: input.notes,
  active: Number(input.active),
});

async function replacePartnerships(db: Kysely<Database>, companyId: number, kinds: CompanyInput['partnerships']) {
  await db.deleteFrom('companyPartnerships').where('companyId', '=', companyId).execute();
  if (kinds.length > 0)
    await db
      .insertInto('companyPartnerships')
      .values(kinds.map((kind) => ({ companyId, kind })))
      .execute();
}

export async function createCompany(ctx: HandlerContext, input: CompanyInput): Promise<Company> {
  await checkName(ctx.db, input.name, 0);
  const at = ctx.now.toISOString();
  const { id } = await ctx.db
    .insertInto('companies')
    .values({ ...columns(input), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replacePartnerships(ctx.db, id, input.partnerships);
  const company = await readCompany(ctx.db, id);
  await ctx.audit({ entity: 'company', entityId: id, after: company });
  return company;
}

export async function updateCompany(ctx: HandlerContext, id: number, input: CompanyInput): Promise<Company> {
  const before = await readCompany(ctx.db, id);
  await checkName(ctx.db, input.name, id);
  await ctx.db
    .updateTable('companies')
    .set({ ...columns(input), updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await replacePartnerships(ctx.db, id, input.partnerships);
  const after = await readCompany(ctx.db, id);
  await ctx.audit({ entity: 'company', entityId: id, before, after });
  return after;
}
