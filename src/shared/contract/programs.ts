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

export const programFields = z.object({
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
});

export interface Program {
  id: number;
  code: string;
  name: string;
  trade: string;
  totalJp: number;
  description: string;
  rules: EligibilityRules;
  classCount: number;
}

export const programsContract = {
  'programs.list': method<Program[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'programs.get': method<Program>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  'programs.create': method<Program>()({ input: programFields, access: ADMIN, writes: true }),
  'programs.update': method<Program>()({ input: programFields.extend({ id }), access: ADMIN, writes: true }),
};
