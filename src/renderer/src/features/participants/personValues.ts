import type { Participant } from '@shared/contract';
import type { Activity, EducationLevel, Sex } from '@shared/domain';
import { parseTypedDate, toTypedDate } from '../../lib/dates';

/** The person form as typed: dates as DD/MM/YYYY text, closed choices empty until picked. */
export interface PersonValues extends Record<string, unknown> {
  nik: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: Sex | '';
  street: string;
  village: string;
  district: string;
  regencyCode: string | null;
  phone: string;
  email: string;
  education: EducationLevel | null;
  activity: Activity | '';
  disability: string;
  notes: string;
}

export function emptyPerson(nik = ''): PersonValues {
  return {
    nik,
    fullName: '',
    birthPlace: '',
    birthDate: '',
    sex: '',
    street: '',
    village: '',
    district: '',
    regencyCode: null,
    phone: '',
    email: '',
    education: null,
    activity: '',
    disability: '',
    notes: '',
  };
}

export function personFromParticipant(person: Participant): PersonValues {
  return {
    nik: person.nik,
    fullName: person.fullName,
    birthPlace: person.birthPlace,
    birthDate: toTypedDate(person.birthDate),
    sex: person.sex,
    street: person.street,
    village: person.village,
    district: person.district,
    regencyCode: person.regencyCode || null,
    phone: person.phone,
    email: person.email,
    education: person.education,
    activity: person.activity,
    disability: person.disability,
    notes: person.notes,
  };
}

/** A candidate for the contract schema: unpicked choices stay missing and an unreadable date as typed, so the schema names the problem. */
export function personCandidate(values: PersonValues) {
  return {
    ...values,
    birthDate: parseTypedDate(values.birthDate) ?? values.birthDate,
    sex: values.sex || undefined,
    regencyCode: values.regencyCode ?? '',
    education: values.education ?? undefined,
    activity: values.activity || undefined,
  };
}
