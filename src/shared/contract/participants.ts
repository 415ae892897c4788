import { z } from 'zod';
import { ACTIVITIES, EDUCATION_LEVELS, SEXES } from '../domain';
import type { Activity, EducationLevel, EnrolmentStatus, Sex } from '../domain';
import type { DecodedNik, NikProblem } from '../nik';
import { EVERYONE, STAFF, method } from './define';
import { email, id, isoDate, nik, optionalText, pageInput, phone, regencyCode, requiredText } from './common';
import type { Page } from './common';

export const participantFields = z.object({
  nik,
  fullName: requiredText(150),
  birthPlace: requiredText(100),
  birthDate: isoDate,
  sex: z.enum(SEXES, { message: 'required' }),
  street: optionalText(300),
  village: optionalText(100),
  district: optionalText(100),
  regencyCode: z.union([z.literal(''), regencyCode]).default(''),
  phone,
  email,
  education: z.enum(EDUCATION_LEVELS, { message: 'required' }),
  activity: z.enum(ACTIVITIES, { message: 'required' }),
  disability: optionalText(200),
  notes: optionalText(2000),
});
export type ParticipantFields = z.input<typeof participantFields>;

export interface Participant {
  id: number;
  nik: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: Sex;
  street: string;
  village: string;
  district: string;
  regencyCode: string;
  regencyName: string | null;
  phone: string;
  email: string;
  education: EducationLevel;
  activity: Activity;
  disability: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantEnrolment {
  enrolmentId: number;
  registrationNo: string;
  classId: number;
  className: string;
  programName: string;
  startDate: string;
  endDate: string;
  status: EnrolmentStatus;
  /** Place on the reserve list, 1 = next in line; null when not on it. */
  reserveRank: number | null;
  createdAt: string;
}

export interface ParticipantListRow {
  id: number;
  nik: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  phone: string;
  district: string;
  village: string;
  createdAt: string;
}

export interface NikLookup {
  decoded:
    (DecodedNik & { provinceName: string | null; regencyName: string | null; districtName: string | null }) | null;
  problem: NikProblem | null;
  existing: { id: number; fullName: string } | null;
}

export const PARTICIPANT_SORTS = ['name', 'recent', 'nik'] as const;

export const participantsContract = {
  'participants.lookupNik': method<NikLookup>()({
    input: z.object({ nik: z.string().trim().max(32) }),
    access: EVERYONE,
    writes: false,
  }),
  'participants.search': method<Page<ParticipantListRow> & { fuzzy: boolean }>()({
    input: pageInput.extend({
      query: z.string().trim().max(100).default(''),
      sort: z.enum(PARTICIPANT_SORTS).default('recent'),
      descending: z.boolean().default(true),
    }),
    access: EVERYONE,
    writes: false,
  }),
  'participants.get': method<Participant & { enrolments: ParticipantEnrolment[] }>()({
    input: z.object({ id }),
    access: EVERYONE,
    writes: false,
  }),
  'participants.create': method<Participant>()({ input: participantFields, access: STAFF, writes: true }),
  'participants.update': method<Participant>()({
    input: participantFields.extend({ id }),
    access: STAFF,
    writes: true,
  }),
};
