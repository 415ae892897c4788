import type { idCertificates } from './id-certificates';

/** English for completion certificates; same keys as id-certificates.ts. */
export const enCertificates: typeof idCertificates = {
  certificates: { nav: 'Certificates', tab: 'Certificates' },
  verify: { nav: 'Verify' },
};
