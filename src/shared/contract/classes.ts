import { z } from 'zod';
import { CLASS_STATUSES } from '../domain';
import type { ClassStatus, EnrolmentStatus, Sex } from '../domain';
import { ADMIN, EVERYONE, method } from './define';
import { id, isoDate, requiredText } from './common';

export const classFields = z
  .object({
    programId: id,
    name: requiredText(150),
    quota: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(1, { message: 'quota_range' })
      .max(500, { message: 'quota_range' })
      .default(16),
    startDate: isoDate,
    endDate: isoDate,
    status: z.enum(CLASS_STATUSES).default('open'),
  })
  .refine((klass) => klass.startDate <= klass.endDate, { message: 'end_before_start', path: ['endDate'] });

export interface ClassSummary {
  id: number;
  programId: number;
  programName: string;
  name: string;
  quota: number;
  startDate: string;
  endDate: string;
  status: ClassStatus;
  seatsTaken: number;
  reserveCount: number;
}

export interface RosterRow {
  enrolmentId: number;
  registrationNo: string;
  participantId: number;
  fullName: string;
  nik: string;
  sex: Sex;
  phone: string;
  status: EnrolmentStatus;
  /** Place on the reserve list, 1 = next in line; null when not on it. */
  reserveRank: number | null;
  offeredAt: string | null;
  overrides: { rule: string; reason: string }[];
  createdAt: string;
}

export const classesContract = {
  'classes.list': method<ClassSummary[]>()({
    input: z.object({ status: z.enum(CLASS_STATUSES).optional(), programId: id.optional() }),
    access: EVERYONE,
    writes: false,
  }),
  'classes.get': method<ClassSummary & { roster: RosterRow[] }>()({
    input: z.object({ id }),
    access: EVERYONE,
    writes: false,
  }),
  'classes.create': method<ClassSummary>()({ input: classFields, access: ADMIN, writes: true }),
  'classes.update': method<ClassSummary>()({
    input: classFields.safeExtend({ id }),
    access: ADMIN,
    writes: true,
  }),
};
