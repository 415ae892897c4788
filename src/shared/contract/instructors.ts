import { z } from 'zod';
import { EMPLOYER_KINDS } from '../instructors';
import type { CertificateKind, CertificateState, EmployerKind } from '../instructors';
import { ADMIN, EVERYONE, method } from './define';
import { id, isoDate, nik, optionalText, phone, requiredText } from './common';

export const certificateInput = z
  .object({
    number: requiredText(100),
    issuer: requiredText(200),
    issuedOn: isoDate,
    expiresOn: isoDate,
  })
  .refine((certificate) => certificate.issuedOn < certificate.expiresOn, {
    message: 'cert_dates',
    path: ['expiresOn'],
  });

export const instructorFields = z
  .object({
    nik,
    fullName: requiredText(150),
    phone,
    employerKind: z.enum(EMPLOYER_KINDS),
    /** The partner company's name; empty for the BLK's own instructors. */
    employerName: optionalText(200),
    trades: z.array(requiredText(100)).max(20).default([]),
    competency: certificateInput.nullable().default(null),
    methodology: certificateInput.nullable().default(null),
    active: z.boolean().default(true),
  })
  .refine((instructor) => instructor.employerKind === 'blk' || instructor.employerName.length > 0, {
    message: 'required',
    path: ['employerName'],
  });

export interface InstructorCertificate {
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  /** As of today in the BLK's timezone. */
  state: CertificateState;
  daysLeft: number | null;
}

export interface Instructor {
  id: number;
  nik: string;
  fullName: string;
  phone: string;
  employerKind: EmployerKind;
  employerName: string;
  trades: string[];
  competency: InstructorCertificate | null;
  methodology: InstructorCertificate | null;
  active: boolean;
}

/** A certificate that is missing, has lapsed, or lapses within 60 days, for an active instructor. */
export interface CertificateWarning {
  instructorId: number;
  fullName: string;
  kind: CertificateKind;
  state: Exclude<CertificateState, 'valid'>;
  expiresOn: string | null;
  daysLeft: number | null;
}

export const instructorsContract = {
  'instructors.list': method<Instructor[]>()({
    input: z.object({ includeInactive: z.boolean().default(false) }),
    access: EVERYONE,
    writes: false,
  }),
  'instructors.get': method<Instructor>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  'instructors.create': method<Instructor>()({ input: instructorFields, access: ADMIN, writes: true }),
  'instructors.update': method<Instructor>()({
    input: instructorFields.safeExtend({ id }),
    access: ADMIN,
    writes: true,
  }),
  'instructors.warnings': method<CertificateWarning[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
};
