import { z } from 'zod';
import { EDUCATION_LEVELS } from '../domain';
import type { EligibilityRules } from '../eligibility';
import { ADMIN, EVERYONE, method } from './define';
import { id, optionalText, regencyCode, requiredText } from './common';

const age = z.number().int().min(10, { message: 'age_range' }).max(100, { message: 'age_range' }).nullable();

export const eligibilityRulesInput = z
  .object({
    minAge: age.default(17),
    maxAge: age.default(null),
    minEducation: z.enum(EDUCATION_LEVELS).nullable().default(null),
    domicileRegencyCode: regencyCode.nullable().default(null),
    notInSchool: z.boolean().default(false),
    notWorking: z.boolean().default(false),
    noOverlap: z.boolean().default(true),
    oncePerYear: z.boolean().default(false),
  })
  .refine((rules) => rules.minAge === null || rules.maxAge === null || rules.minAge <= rules.maxAge, {
    message: 'age_order',
    path: ['maxAge'],
  });

export const competencyUnitInput = z.object({
  /** SKKNI unit code, e.g. J.620100.001.01 */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9.\-/ ]{1,39}$/, { message: 'unit_code' }),
  title: requiredText(300),
  jp: z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(1, { message: 'jp_range' })
    .max(1000, { message: 'jp_range' }),
});

export const programFields = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{2,12}$/, { message: 'program_code' }),
    name: requiredText(150),
    trade: requiredText(100),
    totalJp: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(1, { message: 'jp_range' })
      .max(5000, { message: 'jp_range' }),
    description: optionalText(1000),
    rules: eligibilityRulesInput,
    /** Share of sessions a trainee must attend to pass. */
    minAttendancePct: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(0, { message: 'percent_range' })
      .max(100, { message: 'percent_range' })
      .default(80),
    /** Minutes in one JP (jam pelajaran). */
    jpMinutes: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(30, { message: 'jp_minutes_range' })
      .max(60, { message: 'jp_minutes_range' })
      .default(45),
    /** In teaching order; when given, total JP must be their sum. */
    units: z.array(competencyUnitInput).max(100).default([]),
  })
  .superRefine((program, ctx) => {
    const sum = program.units.reduce((total, unit) => total + unit.jp, 0);
    if (program.units.length > 0 && sum !== program.totalJp) {
      ctx.addIssue({ code: 'custom', message: 'jp_mismatch', path: ['totalJp'], params: { sum } });
    }
    const seen = new Set<string>();
    program.units.forEach((unit, index) => {
      if (seen.has(unit.code))
        ctx.addIssue({ code: 'custom', message: 'unit_code_duplicate', path: ['units', index, 'code'] });
      seen.add(unit.code);
    });
  });

export interface CompetencyUnit {
  id: number;
  position: number;
  code: string;
  title: string;
  jp: number;
}

export interface Program {
  id: number;
  code: string;
  name: string;
  trade: string;
  totalJp: number;
  description: string;
  rules: EligibilityRules;
  minAttendancePct: number;
  jpMinutes: number;
  units: CompetencyUnit[];
  classCount: number;
}

export const programsContract = {
  'programs.list': method<Program[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'programs.get': method<Program>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  'programs.create': method<Program>()({ input: programFields, access: ADMIN, writes: true }),
  'programs.update': method<Program>()({ input: programFields.safeExtend({ id }), access: ADMIN, writes: true }),
  /** A new intake of the same course: units and rules copied under a new code and name. */
  'programs.copy': method<Program>()({
    input: z.object({ id, code: programFields.shape.code, name: requiredText(150) }),
    access: ADMIN,
    writes: true,
  }),
};
