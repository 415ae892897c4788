import { z } from 'zod';
import {
  CLASS_INSTRUCTOR_ROLES,
  CLASS_STATUSES,
  FUNDING_SOURCES,
  SPONSORED_FUNDING_SOURCES,
  type ClassInstructorRole,
  type ClassStatus,
  type EnrolmentStatus,
  type FundingSource,
  type OutcomeStatus,
  type Sex,
} from '../domain';
import type { CertificateKind, ClassCertificateProblem, ClassCertificateWarning } from '../instructors';
import { ADMIN, EVERYONE, method } from './define';
import { id, isoDate, optionalText, requiredText } from './common';

/** Where a class is held: a BLK workshop, or an MTU site (village hall, pesantren); never both. */
export const classPlaceInput = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('room'), roomId: id }),
    z.strictObject({ kind: z.literal('mtu'), mtuSiteId: id }),
  ])
  .nullable()
  .default(null);

export const classInstructorInput = z.object({
  instructorId: id,
  role: z.enum(CLASS_INSTRUCTOR_ROLES).default('lead'),
});

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
    fundingSource: z.enum(FUNDING_SOURCES).default('apbn'),
    /** The village (Dana Desa) or company (partnership / CSR); kept only for those two sources. */
    sponsorName: optionalText(200),
    place: classPlaceInput,
    instructors: z.array(classInstructorInput).max(10).default([]),
    /**
     * Seat holders needed to open the class (1..quota). Omitted: 10, or the quota when that is
     * smaller (so callers that predate it keep working with small quotas).
     */
    minToOpen: z
      .number({ message: 'number' })
      .int({ message: 'number' })
      .min(1, { message: 'min_to_open_range' })
      .max(500, { message: 'min_to_open_range' })
      .optional(),
  })
  .refine((klass) => klass.startDate <= klass.endDate, { message: 'end_before_start', path: ['endDate'] })
  .refine((klass) => !SPONSORED_FUNDING_SOURCES.includes(klass.fundingSource) || klass.sponsorName.length > 0, {
    message: 'required',
    path: ['sponsorName'],
  })
  .refine((klass) => klass.minToOpen === undefined || klass.minToOpen <= klass.quota, {
    message: 'min_to_open_range',
    path: ['minToOpen'],
  })
  .superRefine((klass, context) => {
    const seen = new Set<number>();
    klass.instructors.forEach((instructor, index) => {
      if (seen.has(instructor.instructorId)) {
        context.addIssue({
          code: 'custom',
          message: 'instructor_duplicate',
          path: ['instructors', index, 'instructorId'],
        });
      }
      seen.add(instructor.instructorId);
    });
  });

export type ClassPlace =
  { kind: 'room'; roomId: number; name: string } | { kind: 'mtu'; mtuSiteId: number; name: string; village: string };

export interface ClassInstructor {
  id: number;
  fullName: string;
  role: ClassInstructorRole;
  /** Certificate problems for this class: missing, or lapsing before the class's last day. */
  warnings: ClassCertificateWarning[];
}

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
  fundingSource: FundingSource;
  /** The sponsoring village or company; '' for other funding sources. */
  sponsorName: string;
  place: ClassPlace | null;
  /** Lead instructors first, then by name. */
  instructors: ClassInstructor[];
  minToOpen: number;
  /** Fewer seat holders than the minimum to open, while the class is planned or open. */
  belowMinimum: boolean;
  /** How many entries `classes.warnings` lists for this class (0 once finished or closed). */
  warnings: number;
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
  /** Attendance so far (see AttendanceSummary); null before any session since joining is recorded. */
  attendancePct: number | null;
  belowMinAttendance: boolean;
  /** An admin's override of the computed final status. */
  outcomeOverride: { status: OutcomeStatus; reason: string } | null;
}

interface ClassWarningBase {
  classId: number;
  className: string;
  programName: string;
  status: ClassStatus;
  startDate: string;
  endDate: string;
}

/** Something about a class that is not finished or closed that needs the desk's attention. */
export type ClassWarning = ClassWarningBase &
  (
    | {
        kind: 'certificate';
        instructorId: number;
        fullName: string;
        certificate: CertificateKind;
        problem: ClassCertificateProblem;
        expiresOn: string | null;
      }
    | {
        kind: 'below_minimum';
        seatsTaken: number;
        minToOpen: number;
        /** Days from today to the start (negative when the start has passed without it running). */
        daysToStart: number;
      }
  );

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
  /**
   * Replaces the class as a whole (omitted new fields take their defaults). A different `status`
   * must be one step of the lifecycle, exactly as `classes.setStatus` allows.
   */
  'classes.update': method<ClassSummary>()({
    input: classFields.safeExtend({ id }),
    access: ADMIN,
    writes: true,
  }),
  /** One lifecycle step; moving to running puts the re-registered trainees in training. */
  'classes.setStatus': method<ClassSummary>()({
    input: z.object({ id, status: z.enum(CLASS_STATUSES) }),
    access: ADMIN,
    writes: true,
  }),
  /** Classes not finished or closed with an instructor certificate problem or too few trainees soon. */
  'classes.warnings': method<ClassWarning[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
};
