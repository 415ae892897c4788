/**
 * Participants of one class in the column order of the ministry's SIAPkerja upload. NIK and
 * phone are text (sixteen digits would lose precision as a number, a leading 0 would vanish);
 * dates are real dates. Everyone who held a seat or trained is listed, with their status.
 */
import type { Kysely } from 'kysely';
import type { EnrolmentStatus } from '@shared/domain';
import { dictionaries } from '@shared/i18n';
import type { Database } from '../../db/schema';
import { notFound, safeFileName } from '../equipment/queries';
import { regionTables } from '../regions/data';
import type { ReportMeta, ReportPlan } from './plan';
import { type CellValue, type Column, DATE_FORMAT, excelDate } from './xlsx';

const words = dictionaries.id;

/** Applicants who never took a seat (rejected, withdrawn, reserve) are not participants. */
const PARTICIPANT_STATUSES: readonly EnrolmentStatus[] = [
  'registered',
  'accepted',
  'reregistered',
  'in_training',
  'graduated',
  'not_competent',
  'dropped_out',
];

export const SIAPKERJA_COLUMNS: readonly Column[] = [
  { heading: 'No', width: 6 },
  { heading: 'NIK', width: 20 },
  { heading: 'Nama Lengkap', width: 30 },
  { heading: 'Jenis Kelamin', width: 13 },
  { heading: 'Tempat Lahir', width: 18 },
  { heading: 'Tanggal Lahir', width: 13, format: DATE_FORMAT },
  { heading: 'Pendidikan Terakhir', width: 14 },
  { heading: 'Alamat', width: 36 },
  { heading: 'Kelurahan/Desa', width: 18 },
  { heading: 'Kecamatan', width: 18 },
  { heading: 'Kabupaten/Kota', width: 20 },
  { heading: 'No. HP', width: 16 },
  { heading: 'Email', width: 26 },
  { heading: 'Program Pelatihan', width: 30 },
  { heading: 'Kelas', width: 30 },
  { heading: 'Tanggal Mulai', width: 13, format: DATE_FORMAT },
  { heading: 'Tanggal Selesai', width: 13, format: DATE_FORMAT },
  { heading: 'Sumber Dana', width: 22 },
  { heading: 'Status', width: 20 },
];

export async function siapkerjaPlan(db: Kysely<Database>, classId: number, meta: ReportMeta): Promise<ReportPlan> {
  const klass = await db
    .selectFrom('classes as c')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select(['c.id', 'c.name', 'p.name as programName', 'c.startDate', 'c.endDate', 'c.fundingSource'])
    .where('c.id', '=', classId)
    .executeTakeFirst();
  if (!klass) throw notFound('class', 'classId');
  const enrolments = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participantId')
    .select('e.id')
    .where('e.classId', '=', classId)
    .where('e.status', 'in', PARTICIPANT_STATUSES)
    .orderBy('p.fullName')
    .orderBy('e.id')
    .execute();
  return {
    report: 'siapkerja',
    defaultFileName: `SIAPkerja-${safeFileName(klass.name)}.xlsx`,
    body: {
      name: 'Peserta',
      head: {
        title: 'DATA PESERTA PELATIHAN (UNGGAH SIAPKERJA)',
        blkName: meta.blkName,
        subject: `${klass.programName} – ${klass.name}`,
        printedOn: meta.today,
      },
      columns: SIAPKERJA_COLUMNS,
    },
    keys: enrolments.map((row) => row.id),
    totals: [],
    after: [],
    async rows(rowsDb, keys, firstNumber) {
      if (keys.length === 0) return [];
      const [records, regions] = await Promise.all([
        rowsDb
          .selectFrom('enrolments as e')
          .innerJoin('participants as p', 'p.id', 'e.participantId')
          .select([
            'e.id',
            'e.status',
            'p.nik',
            'p.fullName',
            'p.sex',
            'p.birthPlace',
            'p.birthDate',
            'p.education',
            'p.street',
            'p.village',
            'p.district',
            'p.regencyCode',
            'p.phone',
            'p.email',
          ])
          .where('e.id', 'in', [...keys])
          .execute(),
        regionTables(),
      ]);
      const byId = new Map(records.map((record) => [record.id, record]));
      return keys.flatMap((key, index): CellValue[][] => {
        const record = byId.get(key);
        if (!record) return [];
        return [
          [
            firstNumber + index,
            record.nik,
            record.fullName,
            words.sex[record.sex],
            record.birthPlace,
            excelDate(record.birthDate),
            words.education[record.education],
            record.street,
            record.village,
            record.district,
            regions.regencies.get(record.regencyCode)?.name ?? '',
            record.phone,
            record.email,
            klass.programName,
            klass.name,
            excelDate(klass.startDate),
            excelDate(klass.endDate),
            words.fundingSource[klass.fundingSource],
            words.enrolmentStatus[record.status],
          ],
        ];
      });
    },
  };
}
