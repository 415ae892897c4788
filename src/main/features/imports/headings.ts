/**
 * Guessing which column holds which field from the headings people actually write in Indonesian
 * (and English) lists: "No. HP/WA", "Tgl Lahir", "L/P". The clerk confirms or changes the guess.
 */
import type { ImportField } from '@shared/contract/imports';

/** Lower case, letters and digits only: "No. HP/WA" and "no hp wa" are the same heading. */
export const headingKey = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADING_SYNONYMS: Record<ImportField, readonly string[]> = {
  nik: ['nik', 'noktp', 'nomorktp', 'ktp', 'nonik', 'nomornik', 'nomorindukkependudukan', 'nikktp', 'idnumber'],
  fullName: ['nama', 'namalengkap', 'namapeserta', 'namasesuaiktp', 'fullname', 'name'],
  birthPlace: ['tempatlahir', 'tmplahir', 'tmptlahir', 'tempatlhr', 'birthplace', 'placeofbirth'],
  birthDate: [
    'tanggallahir',
    'tgllahir',
    'tgllhr',
    'tanggallhr',
    'tgllahirddmmyyyy',
    'birthdate',
    'dateofbirth',
    'dob',
  ],
  sex: ['jeniskelamin', 'jk', 'lp', 'kelamin', 'gender', 'sex'],
  street: ['alamat', 'alamatlengkap', 'alamatjalan', 'alamatrtrw', 'jalan', 'address', 'street'],
  village: ['desakelurahan', 'desa', 'kelurahan', 'desakel', 'village'],
  district: ['kecamatan', 'kec', 'district'],
  regencyCode: ['kodekabupaten', 'kodekab', 'kodekabupatenkota', 'regencycode'],
  phone: [
    'nohp',
    'nohpwa',
    'nomorhp',
    'nomorhpwa',
    'hp',
    'wa',
    'nowa',
    'telepon',
    'telp',
    'notelp',
    'notelepon',
    'handphone',
    'phone',
    'phonenumber',
    'mobile',
  ],
  email: ['email', 'alamatemail', 'surel', 'emailaddress'],
  education: ['pendidikan', 'pendidikanterakhir', 'ijazahterakhir', 'education', 'lasteducation'],
  activity: ['pekerjaan', 'kegiatan', 'kegiatansaatini', 'statuspekerjaan', 'activity', 'occupation'],
  disability: ['disabilitas', 'penyandangdisabilitas', 'difabel', 'disability'],
  notes: ['catatan', 'keterangan', 'ket', 'notes', 'note', 'remarks'],
};

const FIELD_BY_HEADING: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADING_SYNONYMS) as [ImportField, readonly string[]][]).flatMap(([field, keys]) =>
    keys.map((key) => [key, field] as const),
  ),
);

/** Column per field for the headings that match a synonym; the first column wins a field. */
export function suggestMapping(headers: readonly string[]): Partial<Record<ImportField, number>> {
  const mapping: Partial<Record<ImportField, number>> = {};
  headers.forEach((heading, column) => {
    const field = FIELD_BY_HEADING.get(headingKey(heading));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}
