import { z } from 'zod';
import {
  OUTCOME_STATUSES,
  UNIT_RESULTS,
  type ClassStatus,
  type EnrolmentStatus,
  type OutcomeStatus,
  type UnitResult,
} from '../domain';
import { ADMIN, EVERYONE, STAFF, method } from './define';
import { id, isoDate, optionalText, requiredText } from './common';
import type { CompetencyUnit } from './programs';

export interface UnitResultRecord {
  unitId: number;
  result: UnitResult;
  assessedOn: string;
  assessor: string;
}

/** Why a trainee would not graduate (empty when they would). */
export type OutcomeReason =
  | { kind: 'units_not_assessed'; count: number }
  | { kind: 'units_not_competent'; codes: string[] }
  | { kind: 'attendance_below'; attendancePct: number | null; minAttendancePct: number };

export interface AssessmentTrainee {
  enrolmentId: number;
  fullName: string;
  registrationNo: string;
  status: EnrolmentStatus;
  attendancePct: number | null;
  results: UnitResultRecord[];
  /** What the rules give now: graduated when every unit is competent and attendance meets the minimum. */
  computedOutcome: Exclude<OutcomeStatus, 'dropped_out'>;
  reasons: OutcomeReason[];
  override: { status: OutcomeStatus; reason: string; operatorName: string; at: string } | null;
}

export interface AssessmentSheet {
  classId: number;
  classStatus: ClassStatus;
  minAttendancePct: number;
  units: CompetencyUnit[];
  trainees: AssessmentTrainee[];
  /** Results and outcomes can change (false once the class is closed). */
  editable: boolean;
}

export interface BnspTest {
  testedOn: string;
  result: UnitResult;
  lspName: string;
  /** Only for a competent result. */
  certificateNo: string;
  issuedOn: string | null;
  /** Three years after issue. */
  expiresOn: string | null;
}

export interface BnspRow {
  enrolmentId: number;
  fullName: string;
  nik: string;
  registrationNo: string;
  test: BnspTest | null;
}

export const assessmentContract = {
  'assessment.sheet': method<AssessmentSheet>()({ input: z.object({ classId: id }), access: EVERYONE, writes: false }),
  /**
   * Records verdicts (one cell or a whole column) with one date and assessor. In a finished class
   * the outcomes follow at once (except overridden ones).
   */
  'assessment.record': method<AssessmentSheet>()({
    input: z.object({
      classId: id,
      assessedOn: isoDate,
      assessor: requiredText(150),
      results: z
        .array(z.object({ enrolmentId: id, unitId: id, result: z.enum(UNIT_RESULTS) }))
        .min(1)
        .max(5000),
    }),
    access: STAFF,
    writes: true,
  }),
  /** An admin sets a trainee's final status against the rules, with a written reason (audited). */
  'outcomes.override': method<AssessmentSheet>()({
    input: z.object({ enrolmentId: id, status: z.enum(OUTCOME_STATUSES), reason: requiredText(500) }),
    access: ADMIN,
    writes: true,
  }),
  /** Back to the computed outcome. */
  'outcomes.clearOverride': method<AssessmentSheet>()({
    input: z.object({ enrolmentId: id }),
    access: ADMIN,
    writes: true,
  }),
  /** Graduates of a class, recommended for the BNSP competency test, with any recorded test. */
  'bnsp.list': method<BnspRow[]>()({ input: z.object({ classId: id }), access: EVERYONE, writes: false }),
  'bnsp.record': method<BnspRow>()({
    input: z
      .object({
        enrolmentId: id,
        testedOn: isoDate,
        result: z.enum(UNIT_RESULTS),
        lspName: requiredText(200),
        certificateNo: optionalText(100),
        issuedOn: isoDate.nullable().default(null),
      })
      .refine((test) => test.result !== 'competent' || (test.certificateNo.length > 0 && test.issuedOn !== null), {
        message: 'certificate_required',
        path: ['certificateNo'],
      })
      .refine((test) => test.issuedOn === null || test.issuedOn >= test.testedOn, {
        message: 'issued_before_test',
        path: ['issuedOn'],
      }),
    access: STAFF,
    writes: true,
  }),
};
