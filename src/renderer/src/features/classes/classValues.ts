import type { ClassSummary } from '@shared/contract';
import { DEFAULT_CLASS_QUOTA, type ClassStatus } from '@shared/domain';
import { parseTypedDate, toTypedDate } from '../../lib/dates';

export interface ClassValues extends Record<string, unknown> {
  programId: string | null;
  name: string;
  quota: number | string;
  startDate: string;
  endDate: string;
  status: ClassStatus;
}

export function emptyClass(programId: number | null): ClassValues {
  return {
    programId: programId === null ? null : String(programId),
    name: '',
    quota: DEFAULT_CLASS_QUOTA,
    startDate: '',
    endDate: '',
    status: 'open',
  };
}

export function classValues(klass: ClassSummary): ClassValues {
  return {
    programId: String(klass.programId),
    name: klass.name,
    quota: klass.quota,
    startDate: toTypedDate(klass.startDate),
    endDate: toTypedDate(klass.endDate),
    status: klass.status,
  };
}

/** A candidate for the contract schema; what cannot be read stays as typed so the schema names it. */
export function classCandidate(values: ClassValues) {
  return {
    ...values,
    programId: values.programId === null ? undefined : Number(values.programId),
    quota: values.quota === '' ? undefined : Number(values.quota),
    startDate: parseTypedDate(values.startDate) ?? values.startDate,
    endDate: parseTypedDate(values.endDate) ?? values.endDate,
  };
}
