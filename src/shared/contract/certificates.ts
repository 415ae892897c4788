import { z } from 'zod';
import { LOCALES, type EnrolmentStatus, type UnitResult } from '../domain';
import type { WrittenFile } from './enrolments';
import { ADMIN, EVERYONE, STAFF, method } from './define';
import { id, optionalText, pageInput, requiredText, type Page } from './common';

/**
 * A serial number pattern: literal text with `{seq:N}` (the per-year sequence, zero-padded to N
 * digits, 1..6), `{year}` and optionally `{programme}` (the programme code). Both `{seq:N}` and
 * `{year}` are required, so two certificates can never share a serial.
 */
export const SERIAL_PATTERN =
  /^(?=.*\{seq:[1-6]\})(?=.*\{year\})(?:[A-Za-z0-9/._-]|\{seq:[1-6]\}|\{year\}|\{programme\})+$/;

export const certificateSettingsInput = z.object({
  /** "Tanah Grogot" in "Tanah Grogot, 23 November 2026". */
  city: requiredText(100),
  /** The head's title over the signature, e.g. "Kepala UPTD BLK Paser". */
  headTitle: requiredText(150),
  title: requiredText(80),
  /** The sentence before the programme, in Bahasa Indonesia; `wordingEn` optionally below it. */
  wording: requiredText(400),
  wordingEn: optionalText(400),
  serialPattern: z
    .string()
    .trim()
    .max(60, { message: 'too_long' })
    .regex(SERIAL_PATTERN, { message: 'serial_pattern' }),
});

export const CERTIFICATE_IMAGE_KINDS = ['logo', 'signature'] as const;
export type CertificateImageKind = (typeof CERTIFICATE_IMAGE_KINDS)[number];

/** None chosen, on file, or chosen but its file has since gone or been damaged. */
export type CertificateImageState = 'none' | 'installed' | 'unreadable';

export interface CertificateSettings extends z.output<typeof certificateSettingsInput> {
  /** Head of BLK name and NIP come from the BLK profile (settings.get). */
  headName: string;
  headNip: string;
  logo: CertificateImageState;
  signature: CertificateImageState;
  /** What the next serial would look like for a programme coded OPK this year. */
  serialExample: string;
}

export interface CertificateRow {
  id: number;
  serial: string;
  enrolmentId: number;
  participantId: number;
  /** As printed (frozen at issue). */
  fullName: string;
  nik: string;
  programCode: string;
  programName: string;
  classId: number;
  className: string;
  issuedOn: string;
  /** Copies printed so far: 0 = issued but not printed, 1 = the original, more = reprints. */
  copies: number;
  revoked: { at: string; reason: string; operatorName: string } | null;
}

export interface IssueCandidate {
  enrolmentId: number;
  fullName: string;
  registrationNo: string;
  status: EnrolmentStatus;
  /** The certificate in force; else the latest revoked one (until a new one is issued); else null. */
  certificate: CertificateRow | null;
}

export interface IssueResult {
  issued: CertificateRow[];
  /** Already had a certificate in force: returned, nothing new made. */
  alreadyIssued: CertificateRow[];
  /** Not graduated: nothing issued, with their status as the reason. */
  skipped: { enrolmentId: number; fullName: string; status: EnrolmentStatus }[];
}

/** What the certificate printed: frozen at issue, shown by the verify screen. */
export interface CertificateUnitLine {
  code: string;
  title: string;
  jp: number;
  result: UnitResult;
}

export type VerifyResult =
  | { state: 'valid'; certificate: CertificateRow; via: 'qr' | 'serial' }
  | { state: 'revoked'; certificate: CertificateRow; via: 'qr' | 'serial' }
  /** A correct signature, or a typed serial, with no such certificate in this registry. */
  | { state: 'unknown'; serial: string; via: 'qr' | 'serial' }
  /** The QR was not made by this BLK's key, was altered, or does not match the registry. */
  | { state: 'forged'; reason: 'malformed' | 'bad_signature' | 'mismatch' };

export interface PrintJob {
  jobId: string;
  total: number;
  done: number;
  finished: boolean;
  /** The combined PDF, or the folder the files went to; set once finished. */
  output: WrittenFile | null;
}

const registryFilters = z.object({
  search: z.string().trim().max(100).default(''),
  year: z.number().int().min(2000).max(2100).optional(),
  programId: id.optional(),
  revoked: z.boolean().optional(),
});

export const certificatesContract = {
  'certificateSettings.get': method<CertificateSettings>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'certificateSettings.save': method<CertificateSettings>()({
    input: certificateSettingsInput,
    access: ADMIN,
    writes: true,
  }),
  /** Main opens a file dialog; the PNG or JPEG chosen is checked and copied into the data dir. */
  'certificateSettings.chooseImage': method<CertificateSettings | null>()({
    input: z.object({ kind: z.enum(CERTIFICATE_IMAGE_KINDS) }),
    access: ADMIN,
    writes: true,
  }),
  'certificateSettings.clearImage': method<CertificateSettings>()({
    input: z.object({ kind: z.enum(CERTIFICATE_IMAGE_KINDS) }),
    access: ADMIN,
    writes: true,
  }),

  /** A class's trainees with their status and certificate, for the class's certificate tab. */
  'certificates.candidates': method<IssueCandidate[]>()({
    input: z.object({ classId: id }),
    access: EVERYONE,
    writes: false,
  }),
  /** Issues for one graduate; idempotent (a certificate in force is returned, not made again). */
  'certificates.issue': method<IssueResult>()({ input: z.object({ enrolmentId: id }), access: STAFF, writes: true }),
  /** Issues for every graduate of the class in one transaction; the others are listed with their status. */
  'certificates.issueForClass': method<IssueResult>()({
    input: z.object({ classId: id }),
    access: STAFF,
    writes: true,
  }),

  /**
   * Starts printing: main asks where (one combined PDF, or a folder for one PDF each) and returns
   * a job; null when the dialog is cancelled. A certificate printed before is a reprint: it needs
   * `reprintReason` and is marked SALINAN with today's date.
   */
  'certificates.startPrint': method<PrintJob | null>()({
    input: z.object({
      certificateIds: z.array(id).min(1).max(5000),
      layout: z.enum(['combined', 'perTrainee']),
      reprintReason: optionalText(500),
      locale: z.enum(LOCALES).default('id'),
    }),
    access: STAFF,
    // Writes nothing: the dialog must not hold a transaction open while the clerk picks a place.
    writes: false,
  }),
  /** Writes the next part of a job (a combined PDF in one go) and records those prints. */
  'certificates.continuePrint': method<PrintJob>()({
    input: z.object({ jobId: z.string().min(1).max(64) }),
    access: STAFF,
    writes: true,
  }),
  /** Stops a job: files already written stay (each one complete); nothing more is recorded. */
  'certificates.cancelPrint': method<PrintJob>()({
    input: z.object({ jobId: z.string().min(1).max(64) }),
    access: STAFF,
    writes: false,
  }),
  'certificates.revoke': method<CertificateRow>()({
    input: z.object({ certificateId: id, reason: requiredText(500) }),
    access: ADMIN,
    writes: true,
  }),
  /** A scanned or pasted QR text, or a typed serial. */
  'certificates.verify': method<VerifyResult>()({
    input: z.object({ text: z.string().trim().min(1, { message: 'required' }).max(2000, { message: 'too_long' }) }),
    access: EVERYONE,
    writes: false,
  }),
  'certificates.list': method<Page<CertificateRow>>()({
    input: registryFilters.extend(pageInput.shape),
    access: EVERYONE,
    writes: false,
  }),
  /** The registry (with the same filters) as an xlsx file where the clerk chooses. */
  'certificates.exportXlsx': method<WrittenFile | null>()({ input: registryFilters, access: EVERYONE, writes: false }),
  /** This BLK's public key (PEM) for other offices to check its certificates. */
  'certificates.exportPublicKey': method<WrittenFile | null>()({
    input: z.object({}),
    access: EVERYONE,
    writes: false,
  }),
};
