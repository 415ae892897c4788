import type { FieldErrors } from '@shared/errors';
import { decodeNik, type NikProblem } from '@shared/nik';

export interface IdentityProblems {
  nik: NikProblem | null;
  birthDateInFuture: boolean;
}

/**
 * What the schema cannot see about who a person is: a NIK that decodes (real date, known
 * province, serial not 0000) and a birth date not after today. The enrolment form and the bulk
 * import ask the same questions here, so a row the preview passes is one the form would take.
 */
export function identityProblems(person: { nik: string; birthDate: string }, today: string): IdentityProblems {
  const decoded = decodeNik(person.nik, today);
  return { nik: decoded.ok ? null : decoded.problem, birthDateInFuture: person.birthDate > today };
}

/** The same problems in the form's field-error words. */
export function identityFieldErrors(problems: IdentityProblems): FieldErrors {
  const errors: FieldErrors = {};
  if (problems.nik !== null) errors['nik'] = `nik_${problems.nik}`;
  if (problems.birthDateInFuture) errors['birthDate'] = 'date_future';
  return errors;
}
