import type { Instructor, InstructorCertificate } from '@shared/contract';
import type { EmployerKind } from '@shared/instructors';
import { parseTypedDate, toTypedDate } from '../../lib/dates';

export interface CertificateValues {
  /** Unticked: the instructor has no such certificate yet (sent as null). */
  held: boolean;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export interface InstructorValues extends Record<string, unknown> {
  nik: string;
  fullName: string;
  phone: string;
  employerKind: EmployerKind;
  employerName: string;
  trades: string[];
  competency: CertificateValues;
  methodology: CertificateValues;
  active: boolean;
}

const noCertificate: CertificateValues = { held: false, number: '', issuer: '', issuedOn: '', expiresOn: '' };

function certificateValues(certificate: InstructorCertificate | null): CertificateValues {
  if (!certificate) return { ...noCertificate };
  return {
    held: true,
    number: certificate.number,
    issuer: certificate.issuer,
    issuedOn: toTypedDate(certificate.issuedOn),
    expiresOn: toTypedDate(certificate.expiresOn),
  };
}

export function emptyInstructor(): InstructorValues {
  return {
    nik: '',
    fullName: '',
    phone: '',
    employerKind: 'blk',
    employerName: '',
    trades: [],
    competency: { ...noCertificate },
    methodology: { ...noCertificate },
    active: true,
  };
}

export function instructorValues(instructor: Instructor): InstructorValues {
  return {
    nik: instructor.nik,
    fullName: instructor.fullName,
    phone: instructor.phone,
    employerKind: instructor.employerKind,
    employerName: instructor.employerName,
    trades: [...instructor.trades],
    competency: certificateValues(instructor.competency),
    methodology: certificateValues(instructor.methodology),
    active: instructor.active,
  };
}

function certificateCandidate(values: CertificateValues) {
  if (!values.held) return null;
  return {
    number: values.number,
    issuer: values.issuer,
    issuedOn: parseTypedDate(values.issuedOn) ?? values.issuedOn,
    expiresOn: parseTypedDate(values.expiresOn) ?? values.expiresOn,
  };
}

/** A candidate for the contract schema; a BLK instructor has no company name to send. */
export function instructorCandidate(values: InstructorValues) {
  return {
    ...values,
    employerName: values.employerKind === 'blk' ? '' : values.employerName,
    competency: certificateCandidate(values.competency),
    methodology: certificateCandidate(values.methodology),
  };
}
