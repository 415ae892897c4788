import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/main/features/imports/headings';
import { textCell, type SheetCell } from '../../../src/main/features/imports/sheet';
import { looksLikeFormula, normaliseCell } from '../../../src/main/features/imports/values';

const TODAY = '2026-11-23';
const numberCell = (value: number): SheetCell => ({ text: String(value), formula: false, number: value });
const read = (field: Parameters<typeof normaliseCell>[0], text: string) => normaliseCell(field, textCell(text), TODAY);

describe('column headings', () => {
  it('matches Indonesian and English headings whatever the case, spaces and punctuation', () => {
    expect(
      suggestMapping([
        'No KTP',
        'NAMA',
        'Tempat  Lahir',
        'Tanggal Lahir',
        'Jenis Kelamin',
        'Desa/Kelurahan',
        'Kecamatan',
        'Telepon',
        'E-mail',
        'Pendidikan',
        'Kegiatan',
        'Disabilitas',
        'Catatan',
        'Kolom Lain',
      ]),
    ).toEqual({
      nik: 0,
      fullName: 1,
      birthPlace: 2,
      birthDate: 3,
      sex: 4,
      village: 5,
      district: 6,
      phone: 7,
      email: 8,
      education: 9,
      activity: 10,
      disability: 11,
      notes: 12,
    });
    expect(suggestMapping(['Full name', 'Date of birth', 'Sex', 'Phone', 'nik'])).toEqual({
      fullName: 0,
      birthDate: 1,
      sex: 2,
      phone: 3,
      nik: 4,
    });
  });

  it('gives a field the first matching column only', () => {
    expect(suggestMapping(['Nama', 'Nama Lengkap', 'No HP', 'No. HP/WA'])).toEqual({ fullName: 0, phone: 2 });
  });
});

describe('values as people type them', () => {
  it('reads dates day first, two-digit years, month names and Excel serials', () => {
    expect(read('birthDate', '05/01/1999')).toEqual({ ok: true, value: '1999-01-05' });
    expect(read('birthDate', '5-1-1999')).toEqual({ ok: true, value: '1999-01-05' });
    expect(read('birthDate', '5/1/99')).toEqual({ ok: true, value: '1999-01-05' });
    expect(read('birthDate', '12.03.05')).toEqual({ ok: true, value: '2005-03-12' });
    expect(read('birthDate', '1999-01-05')).toEqual({ ok: true, value: '1999-01-05' });
    expect(read('birthDate', '17 Agustus 2000')).toEqual({ ok: true, value: '2000-08-17' });
    expect(read('birthDate', '3 Nov 2001')).toEqual({ ok: true, value: '2001-11-03' });
    expect(normaliseCell('birthDate', numberCell(36165), TODAY)).toEqual({ ok: true, value: '1999-01-05' });
    expect(read('birthDate', '31/02/2000')).toEqual({ ok: false, error: 'date' });
    expect(read('birthDate', 'kemarin')).toEqual({ ok: false, error: 'date' });
  });

  it('reads sex, education and activity words', () => {
    for (const word of ['L', 'l', 'Laki-laki', 'LAKI LAKI', 'Pria', 'M', 'male'])
      expect(read('sex', word)).toEqual({ ok: true, value: 'L' });
    for (const word of ['P', 'Perempuan', 'wanita', 'F']) expect(read('sex', word)).toEqual({ ok: true, value: 'P' });
    expect(read('sex', 'X')).toEqual({ ok: false, error: 'value_unknown' });
    const education: Record<string, string> = {
      SD: 'SD',
      SLTP: 'SMP',
      'SMP/MTs': 'SMP',
      SLTA: 'SMA',
      SMA: 'SMA',
      SMK: 'SMK',
      D3: 'D1_D3',
      'D-III': 'D1_D3',
      D4: 'D4_S1',
      S1: 'D4_S1',
      S2: 'S2_PLUS',
      S3: 'S2_PLUS',
    };
    for (const [word, code] of Object.entries(education))
      expect(read('education', word), word).toEqual({ ok: true, value: code });
    expect(read('education', 'TK')).toEqual({ ok: false, error: 'value_unknown' });
    expect(read('activity', 'Belum Bekerja')).toEqual({ ok: true, value: 'not_working' });
    expect(read('activity', 'wiraswasta')).toEqual({ ok: true, value: 'working' });
    expect(read('activity', 'Mahasiswa')).toEqual({ ok: true, value: 'in_school' });
    expect(read('activity', 'Pensiun')).toEqual({ ok: false, error: 'value_unknown' });
  });

  it('cleans a NIK typed with spaces or saved as Excel text, and refuses one Excel rounded', () => {
    expect(read('nik', "'6401051203010001")).toEqual({ ok: true, value: '6401051203010001' });
    expect(read('nik', '6401 0512 0301 0001')).toEqual({ ok: true, value: '6401051203010001' });
    expect(read('nik', '6,40105E+15')).toEqual({ ok: false, error: 'nik_number_precision' });
    expect(normaliseCell('nik', numberCell(6401051203010001), TODAY)).toEqual({ ok: true, value: '6401051203010001' });
    // Papua's NIKs start with 91-94: above 2^53, the double has already rounded the last digit.
    expect(normaliseCell('nik', numberCell(Number('9171051203010001')), TODAY)).toEqual({
      ok: false,
      error: 'nik_number_precision',
    });
  });

  it('gives back the leading 0 Excel took from a phone stored as a number', () => {
    expect(normaliseCell('phone', numberCell(81234567890), TODAY)).toEqual({ ok: true, value: '081234567890' });
    expect(read('phone', '+62 812-3456-7890')).toEqual({ ok: true, value: '+62 812-3456-7890' });
  });
});

describe('formulas and scripts in cells', () => {
  it('refuses =, @, a sign before text, and a leading tab or carriage return; a signed number is data', () => {
    for (const text of [
      '=1+1',
      '=HYPERLINK("http://x","klik")',
      '@SUM(A1)',
      '+cmd|/c calc',
      '-2+3+cmd',
      '\tBudi',
      '\r=1',
    ])
      expect(looksLikeFormula(textCell(text)), JSON.stringify(text)).toBe(true);
    for (const text of ['+62 812-3456-7890', '-5', 'Budi', "'0812", 'Jl. A - B'])
      expect(looksLikeFormula(textCell(text)), text).toBe(false);
    expect(looksLikeFormula({ text: '=A1', formula: true, number: null })).toBe(true);
    expect(read('fullName', '=HYPERLINK("http://x","Budi")')).toEqual({ ok: false, error: 'formula_in_cell' });
  });
});
