/** Bahasa Indonesia for completion certificates: settings, issuing, printing, registry, verification. */
export const idCertificates = {
  certificates: { nav: 'Sertifikat', tab: 'Sertifikat' },
  verify: { nav: 'Cek keaslian' },
};
