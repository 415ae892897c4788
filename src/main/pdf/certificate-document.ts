/**
 * What one certificate prints: the meeting point of the certificates service (which freezes these
 * facts at issue and signs the QR text) and the PDF builder in certificate.ts (which lays them out).
 */
import type { CertificateUnitLine } from '@shared/contract';

export interface CertificateBlk {
  name: string;
  address: string;
  /** Place of issue: "Tanah Grogot, 23 November 2026". */
  city: string;
  headName: string;
  headNip: string;
  headTitle: string;
  /** Absolute paths of the images copied into the data dir; null when not set. */
  logoPath: string | null;
  signaturePath: string | null;
  title: string;
  wording: string;
  /** Optional English line under the wording ('' for none). */
  wordingEn: string;
}

/** Frozen at issue and stored as the certificate's payload_json. */
export interface CertifiedFacts {
  fullName: string;
  nik: string;
  birthPlace: string;
  birthDate: string;
  programCode: string;
  programName: string;
  totalJp: number;
  className: string;
  startDate: string;
  endDate: string;
  units: CertificateUnitLine[];
}

export interface CertificateDocument {
  blk: CertificateBlk;
  serial: string;
  issuedOn: string;
  facts: CertifiedFacts;
  /** The signed text the QR carries. */
  qrText: string;
  /** A reprint: marked SALINAN with the reprint date. */
  copyOf: { reprintedOn: string } | null;
}
