import type { Kysely, Selectable } from 'kysely';
import type { Program } from '@shared/contract';
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

/** Contract fields as table columns (rules flattened into typed columns with CHECKs). */
export function programColumns(input: z.output<typeof programFields>) {
  const { rules, ...rest } = input;
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

function toProgram(row: Selectable<ProgramsTable> & { classCount: number | null }): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    trade: row.trade,
    totalJp: row.totalJp,
    description: row.description,
    rules: rulesOf(row),
    classCount: Number(row.classCount ?? 0),
  };
}

export async function listPrograms(db: Kysely<Database>): Promise<Program[]> {
  return (await programsQuery(db).orderBy('p.name').execute()).map(toProgram);
}

export async function readProgram(db: Kysely<Database>, id: number): Promise<Program> {
  const row = await programsQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such programme', { params: { entity: 'program' } });
  return toProgram(row);
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
