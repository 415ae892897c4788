/** Instructor certificate rules shared by main (warnings) and the renderer (badges). */

export const CERTIFICATE_KINDS = ['competency', 'methodology'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const EMPLOYER_KINDS = ['blk', 'partner'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/** Certificates expiring within this many days are listed on the warnings view. */
export const EXPIRY_WARNING_DAYS = 60;

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'missing';

/** Whole days from one ISO date to another (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/**
 * State of a certificate on `onDate` (ISO). A certificate is valid through its expiry date;
 * `expiring` means it lapses within EXPIRY_WARNING_DAYS.
 */
export function certificateState(
  certificate: { expiresOn: string } | null,
  onDate: string,
): { state: CertificateState; daysLeft: number | null } {
  if (!certificate) return { state: 'missing', daysLeft: null };
  const daysLeft = daysBetween(onDate, certificate.expiresOn);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  return { state: daysLeft <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid', daysLeft };
}

/**
 * Why an instructor's certificate is a problem for one class: `missing`, or it lapses before the
 * class's last day: `expired` (already lapsed today) or `lapses_before_end` (still valid today).
 */
export type ClassCertificateProblem = 'missing' | 'expired' | 'lapses_before_end';

export interface ClassCertificateWarning {
  kind: CertificateKind;
  problem: ClassCertificateProblem;
  expiresOn: string | null;
}

/**
 * The certificate problems of an instructor assigned to a class ending on `classEndDate`. A
 * certificate is valid through its expiry date, so one expiring on the class's last day (or later)
 * is fine; one expiring the day before is not.
 */
export function certificateProblemsForClass(
  certificates: Readonly<Record<CertificateKind, { expiresOn: string } | null>>,
  classEndDate: string,
  today: string,
): ClassCertificateWarning[] {
  const problems: ClassCertificateWarning[] = [];
  for (const kind of CERTIFICATE_KINDS) {
    const certificate = certificates[kind];
    if (!certificate) problems.push({ kind, problem: 'missing', expiresOn: null });
    else if (certificate.expiresOn < classEndDate) {
      const problem = certificate.expiresOn < today ? 'expired' : 'lapses_before_end';
      problems.push({ kind, problem, expiresOn: certificate.expiresOn });
    }
  }
  return problems;
}
