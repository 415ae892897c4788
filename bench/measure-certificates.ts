/**
 * Certificates: 1,000 certificates (front and back, each with its signed QR) laid out and written
 * as one PDF, and one PDF per certificate once warm (fonts parsed once and reused), through the
 * same render workers, joining and atomic writer the print service uses. The documents are synthetic and
 * deterministic; the QR texts are really signed, so they have their real length.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nikHash, signQr } from '../src/main/features/certificates/signing';
import { printChunk } from '../src/main/features/certificates/print';
import type { CertificateDocument } from '../src/main/pdf/certificate-document';
import { closeCertificatePool, renderCertificatePdf } from '../src/main/pdf/certificate-pool';
import { writePdfBytes } from '../src/main/pdf/save';
import { type Stats, forceGc, log, summarize } from './stats';

export const WARMUP_FILES = 20;

export interface CertificateFigures {
  /**
   * `cpuMs` is the process's CPU time, every thread's (the render workers do the work): on a
   * machine shared with other work the wall time swings by seconds, while this stays close to
   * what a quiet machine would take.
   */
  combined: { certificates: number; pages: number; ms: number; cpuMs: number; megabytes: number };
  /**
   * Files are rendered a print job's chunk (20) at a time, as the job does: `stats` are each
   * chunk's wall time per file, `msPerFile` the whole loop's (pauses and fsyncs included).
   */
  perFile: { files: number; warmup: number; stats: Stats; msPerFile: number };
}

const FIRST = ['Andi', 'Siti', 'Muhammad', 'Nur', 'Rahmat', 'Dewi', 'Agus', 'Putri', 'Yohanes', 'Hasanuddin'];
const LAST = ['', 'Saputra', 'Rahmawati', 'Wijaya', 'Nurhaliza', 'bin Abdullah', 'Simanjuntak', 'Pratama'];
const UNITS = [
  ['J.620100.001.01', 'Mengoperasikan Sistem Operasi', 16],
  ['J.620100.002.01', 'Mengolah Kata dengan Perangkat Lunak Pengolah Kata', 40],
  ['J.620100.003.01', 'Mengolah Angka dengan Perangkat Lunak Lembar Kerja', 40],
  ['J.620100.004.01', 'Membuat Presentasi', 24],
  ['J.620100.005.01', 'Menggunakan Internet dan Surat Elektronik', 20],
  ['J.620100.006.01', 'Menerapkan Keselamatan dan Kesehatan Kerja', 8],
] as const;

export function documents(count: number): CertificateDocument[] {
  const { privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return Array.from({ length: count }, (_, index) => {
    const fullName = `${FIRST[index % FIRST.length]} ${LAST[index % LAST.length]}`.trim();
    const serial = `${String(index + 1).padStart(4, '0')}/BLK-PSR/OPK/2026`;
    const nik = `6401054${String(index).padStart(9, '0')}`;
    return {
      blk: {
        name: 'UPTD Balai Latihan Kerja Kabupaten Paser',
        address: 'Jl. Jenderal Sudirman No. 1, Tanah Grogot',
        city: 'Tanah Grogot',
        headName: 'Drs. H. Ahmad Yani, M.Si.',
        headNip: '196805121994031007',
        headTitle: 'Kepala UPTD Balai Latihan Kerja',
        logoPath: null,
        signaturePath: null,
        title: 'SERTIFIKAT PELATIHAN',
        wording: 'telah mengikuti dan dinyatakan LULUS pelatihan berbasis kompetensi',
        wordingEn: 'has attended and passed the competency-based training',
      },
      serial,
      issuedOn: '2026-11-23',
      facts: {
        fullName,
        nik,
        birthPlace: 'Tanah Grogot',
        birthDate: '2001-03-12',
        programCode: 'OPK',
        programName: 'Operator Komputer',
        totalJp: 148,
        className: 'Operator Komputer Angkatan 1 2026',
        startDate: '2026-10-01',
        endDate: '2026-11-20',
        units: UNITS.map(([code, title, jp]) => ({ code, title, jp, result: 'competent' as const })),
      },
      qrText: signQr({ s: serial, n: fullName, p: 'Operator Komputer', d: '2026-11-23', h: nikHash(nik) }, privateKey),
      copyOf: null,
    };
  });
}

/** Renders `docs` one file each, a print job's chunk at a time, written in order as the job does. */
async function writeEach(docs: CertificateDocument[], folder: string, imagesDir: string, prefix: string) {
  const rendered = docs.map((doc) => renderCertificatePdf([doc], 'id', imagesDir));
  for (const [index, bytes] of rendered.entries())
    await writePdfBytes(join(folder, `${prefix}${index}.pdf`), await bytes);
}

export async function measureCertificates(dir: string, options: { certificates: number; files: number }) {
  const folder = join(dir, 'certificates-bench');
  const imagesDir = join(dir, 'images');
  mkdirSync(folder, { recursive: true });
  const docs = documents(Math.max(options.certificates, options.files + WARMUP_FILES));

  // Warm, as a front desk that has printed a class before: both workers started, fonts parsed,
  // the code paths of single files and of a many-page document compiled.
  await writeEach(docs.slice(0, WARMUP_FILES), folder, imagesDir, 'warm-');
  await renderCertificatePdf(docs.slice(0, WARMUP_FILES), 'id', imagesDir);

  forceGc();
  const combinedPath = join(folder, 'combined.pdf');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await writePdfBytes(combinedPath, await renderCertificatePdf(docs.slice(0, options.certificates), 'id', imagesDir));
  const combinedMs = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  log(`certificates: ${options.certificates} into one PDF in ${combinedMs} ms`);

  forceGc();
  const chunks = Math.ceil(options.files / printChunk.files);
  const samples = new Float64Array(chunks);
  const filesStarted = performance.now();
  for (let chunk = 0; chunk < chunks; chunk++) {
    const from = WARMUP_FILES + chunk * printChunk.files;
    const part = docs.slice(from, Math.min(from + printChunk.files, WARMUP_FILES + options.files));
    const t0 = performance.now();
    await writeEach(part, folder, imagesDir, `${chunk}-`);
    samples[chunk] = (performance.now() - t0) / part.length;
  }
  const filesMs = performance.now() - filesStarted;
  await closeCertificatePool();
  const figures: CertificateFigures = {
    combined: {
      certificates: options.certificates,
      pages: options.certificates * 2,
      ms: combinedMs,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      megabytes: Math.round((statSync(combinedPath).size / 1024 ** 2) * 10) / 10,
    },
    perFile: {
      files: options.files,
      warmup: WARMUP_FILES,
      stats: summarize(samples),
      msPerFile: Math.round((filesMs / options.files) * 1000) / 1000,
    },
  };
  log(`certificates: one file each, median ${figures.perFile.stats.median} ms`);
  return figures;
}

export function certificateLines(
  figures: CertificateFigures,
  statLine: (label: string, stats: Stats) => string,
): string[] {
  const { combined, perFile } = figures;
  return [
    `certificates: ${combined.certificates.toLocaleString('en')} (front and back) into one PDF: ${combined.ms} ms ` +
      `(CPU, all threads ${combined.cpuMs} ms), ${combined.pages.toLocaleString('en')} pages, ${combined.megabytes} MB`,
    statLine(
      `one file each, ms per file once warm (${perFile.files} files, chunks of ${printChunk.files})`,
      perFile.stats,
    ),
    `certificates: one file each, whole loop ${perFile.msPerFile} ms per file`,
  ];
}
