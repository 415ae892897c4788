import type { Program } from '@shared/contract';
import type { EligibilityRules } from '@shared/eligibility';

/** NumberInput gives '' for an empty box; that means "no limit" for ages and "missing" for JP. */
type Num = number | string;

export interface ProgramValues extends Record<string, unknown> {
  code: string;
  name: string;
  trade: string;
  totalJp: Num;
  description: string;
  rules: Omit<EligibilityRules, 'minAge' | 'maxAge'> & { minAge: Num; maxAge: Num };
}

export const emptyProgram: ProgramValues = {
  code: '',
  name: '',
  trade: '',
  totalJp: '',
  description: '',
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

export function programValues(program: Program): ProgramValues {
  return {
    code: program.code,
    name: program.name,
    trade: program.trade,
    totalJp: program.totalJp,
    description: program.description,
    rules: {
      ...program.rules,
      minAge: program.rules.minAge ?? '',
      maxAge: program.rules.maxAge ?? '',
    },
  };
}

const optionalNumber = (value: Num): number | null => (value === '' ? null : Number(value));

/** A candidate for the contract schema: empty boxes stay missing so the schema names the problem. */
export function programCandidate(values: ProgramValues) {
  return {
    ...values,
    totalJp: values.totalJp === '' ? undefined : Number(values.totalJp),
    rules: {
      ...values.rules,
      minAge: optionalNumber(values.rules.minAge),
      maxAge: optionalNumber(values.rules.maxAge),
    },
  };
}
