import type { Kysely, Selectable } from 'kysely';
import type { CompetencyUnit, Program } from '@shared/contract';
import type { programFields } from '@shared/contract/programs';
import type { EligibilityRules } from '@shared/eligibility';
import { DomainError } from '@shared/errors';
import type { z } from 'zod';
import type { Database, ProgramsTable } from '../../db/schema';

export function rulesOf(row: Selectable<ProgramsTable>): EligibilityRules {
  return {
    minAge: row.minAge,
    maxAge: row.maxAge,
    minEducation: row.minEducation,
    domicileRegencyCode: row.domicileRegencyCode,
    notInSchool: row.notInSchool === 1,
    notWorking: row.notWorking === 1,
    noOverlap: row.noOverlap === 1,
    oncePerYear: row.oncePerYear === 1,
  };
}

export type ProgramFields = z.output<typeof programFields>;

/** Contract fields as table columns (rules flattened into typed columns with CHECKs; units live in their own table). */
export function programColumns(input: ProgramFields) {
  const { rules, units: _units, ...rest } = input;
  return {
    ...rest,
    minAge: rules.minAge,
    maxAge: rules.maxAge,
    minEducation: rules.minEducation,
    domicileRegencyCode: rules.domicileRegencyCode,
    notInSchool: Number(rules.notInSchool),
    notWorking: Number(rules.notWorking),
    noOverlap: Number(rules.noOverlap),
    oncePerYear: Number(rules.oncePerYear),
  };
}

function programsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('programs as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('classes as c')
        .whereRef('c.programId', '=', 'p.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('classCount'),
    );
}

function toProgram(row: Selectable<ProgramsTable> & { classCount: number | null }, units: CompetencyUnit[]): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    trade: row.trade,
    totalJp: row.totalJp,
    description: row.description,
    rules: rulesOf(row),
    minAttendancePct: row.minAttendancePct,
    jpMinutes: row.jpMinutes,
    units,
    classCount: Number(row.classCount ?? 0),
  };
}

function unitsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('competencyUnits')
    .select(['id', 'programId', 'position', 'code', 'title', 'jp'])
    .orderBy('programId')
    .orderBy('position');
}

/** Every programme with its units: two queries whatever the number of programmes. */
export async function listPrograms(db: Kysely<Database>): Promise<Program[]> {
  const rows = await programsQuery(db).orderBy('p.name').execute();
  const unitsByProgram = new Map<number, CompetencyUnit[]>();
  for (const { programId, ...unit } of await unitsQuery(db).execute()) {
    const list = unitsByProgram.get(programId);
    if (list) list.push(unit);
    else unitsByProgram.set(programId, [unit]);
  }
  return rows.map((row) => toProgram(row, unitsByProgram.get(row.id) ?? []));
}

export async function readProgram(db: Kysely<Database>, id: number): Promise<Program> {
  const row = await programsQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such programme', { params: { entity: 'program' } });
  const units = await unitsQuery(db).where('programId', '=', id).execute();
  return toProgram(
    row,
    units.map(({ programId: _programId, ...unit }) => unit),
  );
}

/**
 * Makes the programme's units the list given, numbered 1..n in that order. A unit keeps its id
 * while its code stays (sessions and assessments point at units); units whose code is gone are
 * deleted, unless a session or a unit result uses one (UNIT_IN_USE). Call inside the write's transaction.
 */
export async function replaceUnits(db: Kysely<Database>, programId: number, units: ProgramFields['units']) {
  const existing = await db
    .selectFrom('competencyUnits')
    .select(['id', 'code'])
    .where('programId', '=', programId)
    .execute();
  const idByCode = new Map(existing.map((unit) => [unit.code, unit.id]));
  const kept = new Set(units.map((unit) => unit.code));
  const removed = existing.filter((unit) => !kept.has(unit.code));
  if (removed.length > 0) {
    await assertUnitsUnused(db, removed);
    await db
      .deleteFrom('competencyUnits')
      .where(
        'id',
        'in',
        removed.map((unit) => unit.id),
      )
      .execute();
  }
  // Park the kept rows out of the way so renumbering never trips UNIQUE (program_id, position).
  await db
    .updateTable('competencyUnits')
    .set((eb) => ({ position: eb('position', '+', POSITION_PARKING) }))
    .where('programId', '=', programId)
    .execute();
  for (const [index, unit] of units.entries()) {
    const row = { position: index + 1, code: unit.code, title: unit.title, jp: unit.jp };
    const id = idByCode.get(unit.code);
    if (id === undefined)
      await db
        .insertInto('competencyUnits')
        .values({ programId, ...row })
        .execute();
    else await db.updateTable('competencyUnits').set(row).where('id', '=', id).execute();
  }
}

const POSITION_PARKING = 100_000;

/** A unit that a session teaches or a trainee was assessed on stays: its history points at it. */
async function assertUnitsUnused(db: Kysely<Database>, units: { id: number; code: string }[]) {
  const ids = units.map((unit) => unit.id);
  const [taught, assessed] = await Promise.all([
    db.selectFrom('sessionUnits').select('unitId').where('unitId', 'in', ids).executeTakeFirst(),
    db.selectFrom('unitResults').select('unitId').where('unitId', 'in', ids).executeTakeFirst(),
  ]);
  const usedId = taught?.unitId ?? assessed?.unitId;
  if (usedId === undefined) return;
  const code = units.find((unit) => unit.id === usedId)?.code ?? '';
  throw new DomainError('UNIT_IN_USE', 'The unit is used by the timetable or assessments', { params: { code } });
}

/** Inserts a programme with its units; the caller has checked uniqueness and audits. */
export async function insertProgram(db: Kysely<Database>, input: ProgramFields, at: string): Promise<number> {
  const { id } = await db
    .insertInto('programs')
    .values({ ...programColumns(input), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceUnits(db, id, input.units);
  return id;
}

/** Name and code are unique; say which one clashes, next to its field. */
export async function assertProgramUnique(
  db: Kysely<Database>,
  input: { name: string; code: string },
  selfId: number | null,
) {
  const clash = await db
    .selectFrom('programs')
    .select(['id', 'name', 'code'])
    .where((eb) => eb.or([eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()), eb('code', '=', input.code)]))
    .where('id', '!=', selfId ?? 0)
    .executeTakeFirst();
  if (!clash) return;
  if (clash.code === input.code) {
    throw new DomainError('PROGRAM_CODE_TAKEN', 'Programme code is taken', { fields: { code: 'program_code_taken' } });
  }
  throw new DomainError('PROGRAM_NAME_TAKEN', 'Programme name is taken', { fields: { name: 'program_name_taken' } });
}
