/** Instructor certificate rules shared by main (warnings) and the renderer (badges). */

export const CERTIFICATE_KINDS = ['competency', 'methodology'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const EMPLOYER_KINDS = ['blk', 'partner'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/** Certificates expiring within this many days are listed on the warnings view. */
export const EXPIRY_WARNING_DAYS = 60;

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'missing';

function daysBetween(fromIso: string, toIso: string): number {
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
