/** A certificate as the print service hands it to the PDF builder, and a logo to put on it. */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { CertificateDocument } from '../../../src/main/pdf/certificate-document';

/** A small opaque PNG, enough to exercise the logo path. */
export function writeLogo(path: string): void {
  const png = new PNG({ width: 40, height: 40 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = 27;
    png.data[i + 1] = 42;
    png.data[i + 2] = 65;
    png.data[i + 3] = 255;
  }
  writeFileSync(path, PNG.sync.write(png));
}

export function sample(name: string, serial: string, copy: boolean, logo: string | null): CertificateDocument {
  return {
    blk: {
      name: 'UPTD Balai Latihan Kerja Kabupaten Paser',
      address: 'Jl. Jenderal Sudirman No. 12, Tanah Grogot, Kalimantan Timur 76211',
      city: 'Tanah Grogot',
      headName: 'Drs. H. Muhammad Ridwan Saleh, M.Si.',
      headNip: '19700512 199803 1 007',
      headTitle: 'Kepala UPTD BLK Kabupaten Paser',
      logoPath: logo,
      signaturePath: null,
      title: 'Sertifikat Pelatihan',
      wording: 'telah mengikuti dan menyelesaikan Pelatihan Berbasis Kompetensi program',
      wordingEn: '',
    },
    serial,
    issuedOn: '2026-11-23',
    facts: {
      fullName: name,
      nik: '6401044708040002',
      birthPlace: 'Tana Paser',
      birthDate: '2004-08-07',
      programCode: 'OK-01',
      programName: 'Operator Komputer Muda',
      totalJp: 90,
      className: 'Operator Komputer Angkatan II 2026',
      startDate: '2026-10-05',
      endDate: '2026-11-13',
      units: [
        { code: 'TIK.OP02.001.01', title: 'Mengoperasikan Perangkat Komputer Personal', jp: 30, result: 'competent' },
        { code: 'TIK.OP02.003.01', title: 'Mengoperasikan Aplikasi Pengolah Kata Dasar', jp: 30, result: 'competent' },
        { code: 'N.821100.001.02', title: 'Berkomunikasi di Tempat Kerja', jp: 30, result: 'not_yet_competent' },
      ],
    },
    qrText: `PLT1.${serial}.eyJzIjoiMDAxIn0.MEUCIQDx1aB7yK3w9Zq0cPgFh2oT3nU8VbQ2kR5mLs`,
    copyOf: copy ? { reprintedOn: '2026-11-30' } : null,
  };
}
