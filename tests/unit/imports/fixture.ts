import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '@shared/contract/imports';
import { paserNik, type TestApp } from '../helpers';

export const HEADINGS = [
  'No',
  'NIK',
  'Nama Lengkap',
  'Tempat Lahir',
  'Tgl Lahir',
  'L/P',
  'Alamat',
  'No. HP/WA',
  'Pendidikan Terakhir',
  'Pekerjaan',
] as const;

export interface PersonRow {
  nik: string;
  name: string;
  birthPlace: string;
  birthDate: string;
  sex: string;
  street: string;
  phone: string;
  education: string;
  activity: string;
}

/** A person as a front-desk list would hold them: dd/mm/yyyy, "L", "SLTA", spaced phone. */
export function personRow(index: number, overrides: Partial<PersonRow> = {}): PersonRow {
  const sex = index % 2 === 0 ? 'L' : 'P';
  const day = String((index % 27) + 1).padStart(2, '0');
  return {
    nik: paserNik(`2001-03-${day}`, sex),
    name: `Peserta ${index}`,
    birthPlace: 'Tanah Grogot',
    birthDate: `${day}/03/2001`,
    sex,
    street: `Jl. Kenanga No. ${index}`,
    phone: `0812 3456 ${String(7000 + index)}`,
    education: 'SLTA',
    activity: 'Belum bekerja',
    ...overrides,
  };
}

const cellsOf = (row: PersonRow, index: number) => [
  String(index + 1),
  row.nik,
  row.name,
  row.birthPlace,
  row.birthDate,
  row.sex,
  row.street,
  row.phone,
  row.education,
  row.activity,
];

/** CSV text with the given delimiter; cells holding the delimiter or a quote are quoted. */
export function csvText(rows: readonly PersonRow[], delimiter: ',' | ';' | '\t' = ';'): string {
  const quote = (cell: string) =>
    cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') ? `"${cell.replace(/"/g, '""')}"` : cell;
  return [HEADINGS, ...rows.map(cellsOf)].map((cells) => cells.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function writeTemp(t: TestApp, name: string, content: string | Uint8Array): string {
  const path = join(t.dataDir, name);
  writeFileSync(path, content);
  return path;
}

/** Opens the file as the clerk would (the dialog answers with it) and asserts it was read. */
export async function openFile(t: TestApp, path: string): Promise<ImportFile> {
  t.platform.nextOpenPath = path;
  const file = await t.call('imports.open', {});
  if (!file) throw new Error('imports.open returned null');
  return file;
}
