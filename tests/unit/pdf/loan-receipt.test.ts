import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLoanReceiptPdf, type LoanReceiptDocument } from '../../../src/main/pdf/loan-receipt';
import { renderPdfToBuffer } from '../../../src/main/pdf/render';

// poppler-utils is installed by .ci/run; reading the PDF back is the only honest check of content.
const pdftotext = (file: string, layout = false) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']).toString('utf8');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

const NAMES = ['Mesin Las Listrik Inverter 200A', 'Gerinda Tangan 4 inch', 'Helm Las Otomatis', 'Tang Ampere Digital'];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-loan-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sample(kind: LoanReceiptDocument['kind'], count: number): LoanReceiptDocument {
  const isReturn = kind === 'return';
  return {
    kind,
    blk: {
      name: 'UPTD Balai Latihan Kerja Kabupaten Paser',
      address: 'Jl. Jenderal Sudirman No. 12, Tanah Grogot, Kalimantan Timur 76211',
      city: 'Tanah Grogot',
      headName: 'Drs. H. Muhammad Ridwan Saleh, M.Si.',
      headNip: '19700512 199803 1 007',
      headTitle: 'Kepala UPTD BLK Kabupaten Paser',
    },
    loanNumber: 'PJM-0042',
    date: isReturn ? '2026-11-27' : '2026-11-23',
    borrowerKind: 'mtu',
    borrower: 'MTU Desa Long Ikis',
    responsibleName: 'Agus Salim, S.T.',
    purpose: 'pelatihan las SMAW di Desa Long Ikis',
    checkedOutOn: '2026-11-23',
    dueOn: '2026-11-26',
    operatorName: 'Siti Rahmawati',
    items: Array.from({ length: count }, (_, i) => ({
      tag: `LAS-${String(i + 1).padStart(4, '0')}`,
      name: NAMES[i % NAMES.length] ?? '',
      brand: i % 2 === 0 ? 'Lakoni' : 'Makita',
      serialNumber: `SN-${7000 + i}`,
      conditionOut: i === 2 ? 'minor_damage' : 'good',
      conditionIn: isReturn ? (i === 1 ? 'major_damage' : i === 2 ? 'minor_damage' : 'good') : null,
      returnedOn: isReturn ? '2026-11-27' : null,
      damageNote: isReturn && i === 1 ? 'Kabel power terkelupas' : '',
    })),
  };
}

async function render(doc: LoanReceiptDocument, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderPdfToBuffer(buildLoanReceiptPdf(doc)));
  return file;
}

describe('loan receipt (berita acara) PDF', () => {
  it('writes a hand-over on one page: parties, date in words, every item, conditions and three signatures', async () => {
    const doc = sample('handover', 6);
    const file = await render(doc, 'handover.pdf');
    expect(pageCount(file)).toBe(1);
    const text = squeeze(pdftotext(file));
    expect(text).toContain('UPTD BALAI LATIHAN KERJA KABUPATEN PASER');
    expect(text).toContain('BERITA ACARA SERAH TERIMA PERALATAN');
    expect(text).toContain('Nomor: PJM-0042');
    expect(text).toContain('Pada hari ini, Senin, tanggal 23 November 2026');
    expect(text).toContain('Mobile Training Unit');
    expect(text).toContain('MTU Desa Long Ikis');
    expect(text).toContain('pelatihan las SMAW di Desa Long Ikis');
    expect(text).toContain('26 November 2026');
    for (const item of doc.items) {
      expect(text).toContain(item.tag);
      expect(text).toContain(item.name);
      expect(text).toContain(item.serialNumber);
    }
    for (const heading of ['No', 'Kode Label', 'Nama Alat', 'Merk', 'No. Seri']) expect(text).toContain(heading);
    expect(text).toContain('Rusak Ringan');
    expect(text).toContain('Baik');
    expect(text).not.toContain('Kondisi Kembali');
    expect(text).toContain('telah diterima oleh PIHAK KEDUA dalam keadaan');
    expect(text).toContain('Yang Menyerahkan');
    expect(text).toContain('Yang Menerima');
    expect(text).toContain('Mengetahui');
    expect(text).toContain('Kepala UPTD BLK Kabupaten Paser');
    expect(text).toContain('Drs. H. Muhammad Ridwan Saleh, M.Si.');
    expect(text).toContain('NIP. 19700512 199803 1 007');
    expect(text).toContain('Tanah Grogot, 23 November 2026');
    // The BLK's officer hands over (left), the borrower receives (right).
    const signLine = pdftotext(file, true)
      .split('\n')
      .find((line) => line.includes('Siti Rahmawati') && line.includes('Agus Salim'));
    expect(signLine).toBeDefined();
    expect(signLine?.indexOf('Siti Rahmawati')).toBeLessThan(signLine?.indexOf('Agus Salim') ?? 0);
  });

  it('writes a return with the conditions on return, damage notes, lateness, and the sides swapped', async () => {
    const doc = sample('return', 5);
    doc.items = doc.items.map((item, i) =>
      i === 4
        ? { ...item, conditionIn: null, returnedOn: null }
        : i === 3
          ? { ...item, returnedOn: '2026-11-25' }
          : item,
    );
    const file = await render(doc, 'return.pdf');
    expect(pageCount(file)).toBe(1);
    const text = squeeze(pdftotext(file));
    expect(text).toContain('BERITA ACARA PENGEMBALIAN PERALATAN');
    expect(text).toContain('Pada hari ini, Jumat, tanggal 27 November 2026');
    expect(text).toContain('PIHAK PERTAMA mengembalikan kepada PIHAK KEDUA');
    expect(text).toContain('dipinjam pada tanggal 23 November 2026');
    expect(text).toContain('27 November 2026 (terlambat 1 hari)');
    expect(text).toContain('Kondisi Kembali');
    expect(text).toContain('Catatan Kerusakan');
    expect(text).toContain('Rusak Berat');
    expect(text).toContain('Kabel power terkelupas');
    expect(text).toContain('Belum kembali');
    expect(text).toContain('Sebanyak 1 unit belum dikembalikan');
    // An item brought back earlier than this record's date says when.
    expect(text).toContain('25-11-2026');
    for (const item of doc.items) expect(text).toContain(item.tag);
    const signLine = pdftotext(file, true)
      .split('\n')
      .find((line) => line.includes('Siti Rahmawati') && line.includes('Agus Salim'));
    expect(signLine?.indexOf('Agus Salim')).toBeLessThan(signLine?.indexOf('Siti Rahmawati') ?? 0);
  });

  it('names each kind of borrower in words', async () => {
    const instructor = { ...sample('handover', 1), borrowerKind: 'instructor' as const, borrower: 'Agus Salim, S.T.' };
    const klass = { ...sample('handover', 1), borrowerKind: 'class' as const, borrower: 'Las SMAW Angkatan II 2026' };
    const instructorText = squeeze(pdftotext(await render(instructor, 'instructor.pdf')));
    expect(instructorText).toContain('Jabatan : Instruktur');
    expect(instructorText).toContain('Instruktur – Agus Salim, S.T.');
    const classText = squeeze(pdftotext(await render(klass, 'class.pdf')));
    expect(classText).toContain('Penanggung Jawab Kelas');
    expect(classText).toContain('Kelas – Las SMAW Angkatan II 2026');
  });

  it('flows 40 items onto a second page with the table header repeated and the signatures kept together', async () => {
    for (const kind of ['handover', 'return'] as const) {
      const doc = sample(kind, 40);
      const file = await render(doc, `long-${kind}.pdf`);
      expect(pageCount(file)).toBe(2);
      const pages = pdftotext(file).split('\f').map(squeeze);
      const all = pages.join(' ');
      for (const item of doc.items) expect(all).toContain(item.tag);
      expect(all).toContain('Jumlah: 40 unit');
      expect(pages[1]).toContain('Kode Label');
      expect(pages[1]).toContain('Nama Alat');
      expect(pages[1]).toContain('Halaman 2 dari 2');
      const last = pages[1] ?? '';
      for (const part of [
        'Demikian berita acara',
        'Yang Menyerahkan',
        'Yang Menerima',
        'Mengetahui',
        'NIP. 19700512',
      ]) {
        expect(last).toContain(part);
        expect(pages[0]).not.toContain(part);
      }
    }
  });

  it('puts the signatures on the next page together with the closing when the list ends at the foot of a page', async () => {
    // Enough rows to fill page 1 almost to the bottom: the closing cannot fit under them.
    for (let count = 14; count <= 26; count++) {
      const file = await render(sample('handover', count), `edge-${count}.pdf`);
      const pages = pdftotext(file).split('\f').map(squeeze);
      const withSignatures = pages.filter((page) => page.includes('Yang Menyerahkan'));
      expect(withSignatures).toHaveLength(1);
      const page = withSignatures[0] ?? '';
      for (const part of ['telah diterima oleh', 'Demikian', 'Yang Menerima', 'Mengetahui', 'NIP. 19700512']) {
        expect(page, `${count} items`).toContain(part);
      }
    }
  });
});
