import type { Program } from '@shared/contract';
import type { EligibilityRules } from '@shared/eligibility';
import { isBlankRow, newUnitRow, type UnitRow } from './units';

/** NumberInput gives '' for an empty box; that means "no limit" for ages and "missing" for JP. */
type Num = number | string;

export interface ProgramValues extends Record<string, unknown> {
  code: string;
  name: string;
  trade: string;
  totalJp: Num;
  description: string;
  minAttendancePct: Num;
  jpMinutes: Num;
  units: UnitRow[];
  rules: Omit<EligibilityRules, 'minAge' | 'maxAge'> & { minAge: Num; maxAge: Num };
}

export function emptyProgram(): ProgramValues {
  return {
    code: '',
    name: '',
    trade: '',
    totalJp: '',
    description: '',
    minAttendancePct: 80,
    jpMinutes: 45,
    units: [newUnitRow()],
    rules: {
      minAge: 17,
      maxAge: '',
      minEducation: null,
      domicileRegencyCode: null,
      notInSchool: false,
      notWorking: false,
      noOverlap: true,
      oncePerYear: false,
    },
  };
}

export function programValues(program: Program): ProgramValues {
  return {
    code: program.code,
    name: program.name,
    trade: program.trade,
    totalJp: program.totalJp,
    description: program.description,
    minAttendancePct: program.minAttendancePct,
    jpMinutes: program.jpMinutes,
    units:
      program.units.length > 0
        ? [...program.units]
            .sort((a, b) => a.position - b.position)
            .map((unit) => ({ ...newUnitRow(), code: unit.code, title: unit.title, jp: unit.jp }))
        : [newUnitRow()],
    rules: {
      ...program.rules,
      minAge: program.rules.minAge ?? '',
      maxAge: program.rules.maxAge ?? '',
    },
  };
}

const optionalNumber = (value: Num): number | null => (value === '' ? null : Number(value));
const requiredNumber = (value: Num): number | undefined => (value === '' ? undefined : Number(value));

/** A candidate for the contract schema: empty boxes stay missing so the schema names the problem. */
export function programCandidate(values: ProgramValues) {
  return {
    ...values,
    totalJp: requiredNumber(values.totalJp),
    minAttendancePct: requiredNumber(values.minAttendancePct),
    jpMinutes: requiredNumber(values.jpMinutes),
    // Blank rows are dropped only at the end, so that error paths (units.N.code) keep their rows.
    units: trimTrailingBlanks(values.units).map((row) => ({
      code: row.code,
      title: row.title,
      jp: requiredNumber(row.jp),
    })),
    rules: {
      ...values.rules,
      minAge: optionalNumber(values.rules.minAge),
      maxAge: optionalNumber(values.rules.maxAge),
    },
  };
}

/** Rows up to the last filled one: a blank row in the middle is kept so the schema flags it. */
function trimTrailingBlanks(rows: readonly UnitRow[]): UnitRow[] {
  const last = rows.findLastIndex((row) => !isBlankRow(row));
  return rows.slice(0, last + 1);
}
