import { z } from 'zod';
import { ELIGIBILITY_RULES, ENROLMENT_STATUSES, LOCALES } from '../domain';
import type { EnrolmentStatus } from '../domain';
import type { RuleOutcome } from '../eligibility';
import { EVERYONE, STAFF, method } from './define';
import { id, optionalText, requiredText } from './common';

export interface EligibilityReport {
  outcomes: RuleOutcome[];
  eligible: boolean;
  seatsTaken: number;
  quota: number;
  /** A new enrolment now would join the reserve list. */
  wouldBeReserve: boolean;
  classOpen: boolean;
  alreadyEnrolled: boolean;
}

export interface Enrolment {
  id: number;
  registrationNo: string;
  participantId: number;
  classId: number;
  status: EnrolmentStatus;
  /** Place on the reserve list, 1 = next in line; null when not on it. */
  reserveRank: number | null;
  offeredAt: string | null;
  createdAt: string;
}

export interface StatusChange {
  enrolment: Enrolment;
  /** The first reserve offered the seat this change freed, if any. */
  promoted: { enrolmentId: number; fullName: string } | null;
}

export interface WrittenFile {
  fileName: string;
  path: string;
}

const participantAndClass = z.object({ participantId: id, classId: id });

/** An admin's written reasons for letting someone in despite failed rules. */
const overridesInput = z
  .array(z.object({ rule: z.enum(ELIGIBILITY_RULES), reason: requiredText(500) }))
  .max(ELIGIBILITY_RULES.length)
  .default([]);

export const enrolmentsContract = {
  'enrolments.check': method<EligibilityReport>()({ input: participantAndClass, access: EVERYONE, writes: false }),
  'enrolments.enroll': method<Enrolment>()({
    input: participantAndClass.extend({ overrides: overridesInput }),
    access: STAFF,
    writes: true,
  }),
  'enrolments.setStatus': method<StatusChange>()({
    input: z.object({ enrolmentId: id, status: z.enum(ENROLMENT_STATUSES), note: optionalText(500) }),
    access: STAFF,
    writes: true,
  }),
  /**
   * Moves an enrolment to another class of the same programme (planned, open or running), with
   * its registration number: a seat holder takes a free seat there or joins the end of its reserve
   * list; a reserve joins the end. The seat left behind is offered to the source's first reserve
   * (`promoted`). Eligibility is checked again against the target (overrides as for enrolling).
   */
  'enrolments.transfer': method<StatusChange>()({
    input: z.object({ enrolmentId: id, toClassId: id, reason: requiredText(500), overrides: overridesInput }),
    access: STAFF,
    writes: true,
  }),
  'enrolments.printReceipt': method<WrittenFile | null>()({
    input: z.object({ enrolmentId: id, locale: z.enum(LOCALES).default('id') }),
    access: STAFF,
    writes: false,
  }),
};
