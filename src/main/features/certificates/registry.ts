/**
 * The registry screen: every certificate, searched and paged in SQL, and the same list as an
 * xlsx file. The frozen name is read with json_extract, the one SQLite-only expression here
 * (PostgreSQL would say payload_json->>'fullName').
 */
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CertificateRow } from '@shared/contract/certificates';
import type { Page } from '@shared/contract/common';
import type { Database } from '../../db/schema';
import { withFileErrors, writeFileAtomically } from '../../files';
import type { HandlerContext } from '../../context';
import type { WrittenFile } from '@shared/contract';
import { todayIn } from '@shared/time';
import { certificatesBase, selectCertificateColumns, toCertificateRow } from './queries';
import { signingKeyPair } from './signing';

export interface RegistryFilters {
  search: string;
  year?: number | undefined;
  programId?: number | undefined;
  revoked?: boolean | undefined;
}

/** `%`, `_` and the escape itself stand for themselves in a search. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filtered(db: Kysely<Database>, filters: RegistryFilters) {
  let query = certificatesBase(db);
  const search = filters.search.trim();
  if (search !== '') {
    const words = search.split(/\s+/);
    const name = sql<string>`json_extract(ct.payload_json, '$.fullName')`;
    query = query.where((eb) => {
      const serial: Expression<SqlBool> = sql<SqlBool>`ct.serial LIKE ${`${likeLiteral(search)}%`} ESCAPE '\\'`;
      const nameWords = words.map((word) => sql<SqlBool>`${name} LIKE ${`%${likeLiteral(word)}%`} ESCAPE '\\'`);
      return eb.or([serial, eb.and(nameWords)]);
    });
  }
  if (filters.year !== undefined) query = query.where('ct.year', '=', filters.year);
  if (filters.programId !== undefined) {
    const programId = filters.programId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('classes as c')
          .whereRef('c.id', '=', 'e.classId')
          .where('c.programId', '=', programId)
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  if (filters.revoked !== undefined) query = query.where('ct.revokedAt', filters.revoked ? 'is not' : 'is', null);
  return query;
}

export async function listCertificates(
  db: Kysely<Database>,
  input: RegistryFilters & { page: number; pageSize: number },
): Promise<Page<CertificateRow>> {
  const records = await selectCertificateColumns(filtered(db, input))
    .orderBy('ct.issuedOn', 'desc')
    .orderBy('ct.id', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  const count = await filtered(db, input)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: records.map(toCertificateRow), total: Number(count.n), capped: false };
}

export const XLSX_SHEET = 'Sertifikat';
export const XLSX_HEADINGS = [
  'No',
  'Nomor Seri',
  'Nama',
  'NIK',
  'Program',
  'Kelas',
  'Tanggal Terbit',
  'Jumlah Cetak',
  'Status',
  'Alasan Pencabutan',
] as const;
const WIDTHS = [6, 24, 32, 20, 32, 32, 15, 13, 11, 40];

/** A calendar date as the Excel date of that day (midnight UTC, which exceljs stores as is). */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function registryWorkbook(db: Kysely<Database>, filters: RegistryFilters): Promise<ExcelJS.Workbook> {
  const records = await selectCertificateColumns(filtered(db, filters))
    .orderBy('ct.issuedOn', 'desc')
    .orderBy('ct.id', 'desc')
    .execute();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pelita';
  const sheet = workbook.addWorksheet(XLSX_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = XLSX_HEADINGS.map((header, index) => ({ header, width: WIDTHS[index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(7).numFmt = 'dd-mm-yyyy';
  for (const [index, record] of records.entries()) {
    const row = toCertificateRow(record);
    // Plain strings and dates only: exceljs writes a formula only for a { formula } object, so a
    // name typed as "=HYPERLINK(...)" stays text.
    sheet.addRow([
      index + 1,
      row.serial,
      row.fullName,
      row.nik,
      row.programName,
      row.className,
      excelDate(row.issuedOn),
      row.copies,
      row.revoked ? 'Dicabut' : 'Berlaku',
      row.revoked?.reason ?? '',
    ]);
  }
  return workbook;
}

export async function exportRegistry(ctx: HandlerContext, filters: RegistryFilters): Promise<WrittenFile | null> {
  const fileName = `Register-Sertifikat-${todayIn(ctx.now)}.xlsx`;
  const path = await ctx.platform.chooseSavePath({
    defaultName: fileName,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  if (path === null) return null;
  const workbook = await registryWorkbook(ctx.db, filters);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await withFileErrors(path, () => writeFileAtomically(path, bytes));
  return { fileName: basename(path), path };
}

/**
 * The public key as a PEM file for other offices. Made now if nothing was ever issued: one
 * insert-or-ignore, atomic on its own, outside a transaction because exporting writes no record.
 */
export async function exportPublicKey(ctx: HandlerContext): Promise<WrittenFile | null> {
  const fileName = 'Pelita-kunci-publik-sertifikat.pem';
  const path = await ctx.platform.chooseSavePath({
    defaultName: fileName,
    filters: [{ name: 'PEM', extensions: ['pem'] }],
  });
  if (path === null) return null;
  const { publicKeyPem } = await signingKeyPair(ctx.db, ctx.now);
  await withFileErrors(path, () => writeFileAtomically(path, Buffer.from(publicKeyPem, 'utf8')));
  return { fileName: basename(path), path };
}
