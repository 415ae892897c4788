/**
 * Deterministic synthetic data for the benchmark: people registered at a BLK in Kabupaten Paser
 * (East Kalimantan), its programmes and classes. Same seed, same rows, same order.
 *
 * Nothing here imports app code: the rows are plain tuples for a prepared INSERT, so the generator
 * cannot hide behind the code it measures.
 */

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Weighted choice from [value, weight] pairs. */
export function weighted<T>(table: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random() * total;
    for (const [value, weight] of table) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = table[table.length - 1];
    if (!last) throw new Error('empty weight table');
    return last[0];
  };
}

// ---------------------------------------------------------------------------------------------
// Names. Paser has Paser, Banjar, Bugis and Javanese families; many people go by one name.

// prettier-ignore
const MALE_GIVEN = [
  'Muhammad', 'Ahmad', 'Budi', 'Agus', 'Andi', 'Rizky', 'Dedi', 'Eko', 'Hendra', 'Joko', 'Bambang',
  'Slamet', 'Wahyu', 'Arif', 'Fajar', 'Yusuf', 'Rahmat', 'Hasan', 'Syahrul', 'Ilham', 'Irfan', 'Dimas',
  'Bayu', 'Adi', 'Fikri', 'Reza', 'Taufik', 'Hidayat', 'Firman', 'Hafiz', 'Iqbal', 'Aldi', 'Dani', 'Rudi',
  'Heri', 'Supriadi', 'Sugianto', 'Sutrisno', 'Darmawan', 'Gilang', 'Yoga', 'Aditya', 'Surya', 'Rian',
  'Teguh', 'Sigit', 'Gunawan', 'Kurniawan', 'Abdul', 'Ramli', 'Udin', 'Jumadi', 'Suryadi', 'Arianto',
  'Rusdi', 'Hamzah', 'Zainal', 'Syamsul', 'Baharuddin', 'Akbar', 'Anwar', 'Ardiansyah', 'Asep',
  'Bagus', 'Candra', 'Doni', 'Fauzan', 'Hendri', 'Imam', 'Jefri', 'Khairul', 'Lukman', 'Mulyadi',
  'Nasrullah', 'Rahmadi', 'Ridwan', 'Saiful', 'Samsudin', 'Syarifuddin', 'Wawan', 'Yudi', 'Zulkifli',
  'Arman', 'Basri', 'Darwis', 'Hasanuddin', 'Jamal', 'Mansur', 'Rusli', 'Sudirman', 'Tamrin', 'Usman',
] as const;

// prettier-ignore
const FEMALE_GIVEN = [
  'Siti', 'Sri', 'Dewi', 'Nur', 'Nurul', 'Putri', 'Ayu', 'Rina', 'Wati', 'Fitri', 'Lestari', 'Ani',
  'Yuni', 'Indah', 'Ratna', 'Dian', 'Maya', 'Rahmawati', 'Kartika', 'Novita', 'Desi', 'Eka', 'Lina',
  'Mega', 'Nanda', 'Anisa', 'Aisyah', 'Fatimah', 'Aminah', 'Halimah', 'Khadijah', 'Nurhaliza',
  'Salsabila', 'Aulia', 'Zahra', 'Nabila', 'Intan', 'Citra', 'Wulan', 'Sari', 'Puspita', 'Melati',
  'Suryani', 'Hartini', 'Sulastri', 'Mulyani', 'Hasnah', 'Rosmini', 'Jumiati', 'Yanti', 'Erna', 'Rini',
  'Agustina', 'Fitriani', 'Handayani', 'Hasanah', 'Irawati', 'Juwita', 'Kurniasih', 'Marlina',
  'Nurhayati', 'Rahmah', 'Riska', 'Rosita', 'Safitri', 'Sartika', 'Susanti', 'Wahyuni', 'Yulianti',
  'Zubaidah', 'Asmah', 'Darmawati', 'Haslinda', 'Irmawati', 'Jamilah', 'Masitah', 'Norma', 'Saodah',
] as const;

/** Second words shared by men and women (Islamic, Javanese and Bugis given names). */
const MIDDLE = [
  'Nur',
  'Dwi',
  'Tri',
  'Eka',
  'Ayu',
  'Indah',
  'Sri',
  'Dewi',
  'Adi',
  'Putra',
  'Muhammad',
  'Abdul',
] as const;

// prettier-ignore
const FAMILY_MALE = [
  'Saputra', 'Pratama', 'Wijaya', 'Kusuma', 'Hidayat', 'Setiawan', 'Nugroho', 'Santoso', 'Wibowo',
  'Hakim', 'Rahman', 'Ramadhan', 'Syahputra', 'Hasibuan', 'Nasution', 'Siregar', 'Lubis', 'Harahap',
  'Sinaga', 'Daeng', 'Lamba', 'Pasinringi', 'Mappanyukki', 'Ardiansyah', 'Firmansyah', 'Kurniawan',
  'Hermawan', 'Maulana', 'Fadillah', 'Prasetyo', 'Susilo', 'Rusdiansyah', 'Noor', 'Effendi',
] as const;

// prettier-ignore
const FAMILY_FEMALE = [
  'Saputri', 'Pratiwi', 'Wijayanti', 'Kusumawati', 'Rahmawati', 'Setiawati', 'Lestari', 'Handayani',
  'Permatasari', 'Anggraini', 'Maharani', 'Safitri', 'Puspitasari', 'Ramadhani', 'Fadilah', 'Noor',
  'Hasibuan', 'Nasution', 'Siregar', 'Lubis', 'Daeng', 'Wulandari', 'Oktaviani', 'Febriani', 'Amelia',
] as const;

/** Bare lists for the benchmark's query generator (typo'd names come from real ones). */
export const NAME_WORDS = { MALE_GIVEN, FEMALE_GIVEN, MIDDLE, FAMILY_MALE, FAMILY_FEMALE };

const wordCount = weighted([
  [1, 35],
  [2, 42],
  [3, 23],
] as const);

export function fullName(random: Random, sex: 'L' | 'P'): string {
  const given = sex === 'L' ? MALE_GIVEN : FEMALE_GIVEN;
  const family = sex === 'L' ? FAMILY_MALE : FAMILY_FEMALE;
  const count = wordCount(random);
  if (count === 1) return pick(random, given);
  if (count === 2) {
    // "Siti Aminah" (two given names) as often as "Budi Santoso" (given + family-ish).
    return random() < 0.5
      ? `${pick(random, given)} ${pick(random, given)}`
      : `${pick(random, given)} ${pick(random, family)}`;
  }
  return `${pick(random, given)} ${pick(random, MIDDLE)} ${pick(random, family)}`;
}

// ---------------------------------------------------------------------------------------------
// Regions: NIK district codes (PPRRDD) with the district name the address would show.

interface District {
  code: string;
  name: string;
  villages: readonly string[];
}

// prettier-ignore
const PASER: readonly (readonly [District, number])[] = [
  [{ code: '640101', name: 'Batu Sopang', villages: ['Batu Kajang', 'Kasungai', 'Songka', 'Legai'] }, 7],
  [{ code: '640102', name: 'Tanjung Harapan', villages: ['Tanjung Aru', 'Lori', 'Selengot'] }, 3],
  [{ code: '640103', name: 'Paser Belengkong', villages: ['Pasir Belengkong', 'Suweto', 'Lempesu', 'Olung'] }, 8],
  [{ code: '640104', name: 'Tanah Grogot', villages: ['Tanah Grogot', 'Tepian Batang', 'Senaken', 'Sungai Tuak', 'Tapis', 'Janju', 'Pepara', 'Pulau Rantau'] }, 28],
  [{ code: '640105', name: 'Kuaro', villages: ['Kuaro', 'Padang Pengrapat', 'Pondong Baru', 'Rantau Atas'] }, 12],
  [{ code: '640106', name: 'Long Ikis', villages: ['Long Ikis', 'Kayungo', 'Sawit Jaya', 'Tajer Mulya'] }, 13],
  [{ code: '640107', name: 'Muara Komam', villages: ['Muara Komam', 'Long Sayo', 'Prayon'] }, 5],
  [{ code: '640108', name: 'Long Kali', villages: ['Long Kali', 'Muara Telake', 'Pinang Jatus'] }, 8],
  [{ code: '640109', name: 'Batu Engau', villages: ['Kerang', 'Songka', 'Tepian Batang'] }, 5],
  [{ code: '640110', name: 'Muara Samu', villages: ['Muara Samu', 'Muser', 'Biu'] }, 3],
];

// prettier-ignore
const OTHER_KALTIM: readonly (readonly [District, number])[] = [
  [{ code: '640901', name: 'Penajam', villages: ['Penajam', 'Nipah-Nipah', 'Gunung Seteleng'] }, 4],
  [{ code: '640902', name: 'Waru', villages: ['Waru', 'Api-Api'] }, 2],
  [{ code: '640903', name: 'Babulu', villages: ['Babulu Darat', 'Babulu Laut'] }, 2],
  [{ code: '640904', name: 'Sepaku', villages: ['Sepaku', 'Bumi Harapan'] }, 1],
  [{ code: '647101', name: 'Balikpapan Timur', villages: ['Manggar', 'Lamaru'] }, 2],
  [{ code: '647102', name: 'Balikpapan Barat', villages: ['Baru Ulu', 'Margasari'] }, 1],
  [{ code: '647103', name: 'Balikpapan Utara', villages: ['Batu Ampar', 'Karang Joang'] }, 2],
  [{ code: '647105', name: 'Balikpapan Selatan', villages: ['Sepinggan', 'Damai'] }, 1],
  [{ code: '647203', name: 'Samarinda Ulu', villages: ['Air Putih', 'Sidodadi'] }, 1],
  [{ code: '647204', name: 'Samarinda Ilir', villages: ['Sungai Dama', 'Sidomulyo'] }, 1],
  [{ code: '640201', name: 'Semboja', villages: ['Samboja Kuala'] }, 1],
];

/** Migrants from Sulawesi Selatan and Java, common in Paser's plantations and mines. */
const ELSEWHERE: readonly (readonly [District, number])[] = [
  [{ code: '737101', name: '', villages: [''] }, 1],
  [{ code: '731301', name: '', villages: [''] }, 1],
  [{ code: '731701', name: '', villages: [''] }, 1],
  [{ code: '350701', name: '', villages: [''] }, 1],
  [{ code: '357801', name: '', villages: [''] }, 1],
];

const regionGroup = weighted([
  [PASER, 78],
  [OTHER_KALTIM, 17],
  [ELSEWHERE, 5],
] as const);
const drawPaser = weighted(PASER);
const drawFrom = new Map([PASER, OTHER_KALTIM, ELSEWHERE].map((group) => [group, weighted(group)]));
export const ALL_DISTRICTS: readonly District[] = [...PASER, ...OTHER_KALTIM, ...ELSEWHERE].map(
  ([district]) => district,
);
const districtIndex = new Map(ALL_DISTRICTS.map((district, index) => [district.code, index]));

// prettier-ignore
const BIRTH_PLACES = [
  'Tanah Grogot', 'Paser', 'Long Ikis', 'Kuaro', 'Batu Kajang', 'Long Kali', 'Balikpapan', 'Samarinda',
  'Penajam', 'Banjarmasin', 'Makassar', 'Bone', 'Wajo', 'Surabaya', 'Malang', 'Kediri', 'Muara Komam',
] as const;
// prettier-ignore
const STREETS = [
  'Jl. Jenderal Sudirman', 'Jl. Ahmad Yani', 'Jl. Kusuma Bangsa', 'Jl. RM Noto Sunardi', 'Jl. Pangeran Menteri',
  'Jl. Imam Bonjol', 'Jl. Diponegoro', 'Jl. Gajah Mada', 'Jl. Sultan Ibrahim Khaliluddin', 'Jl. Kandilo Bahari',
  'Jl. Negara', 'Jl. Poros Kerang', 'Jl. Mulawarman', 'Jl. Pattimura',
] as const;
const DISABILITIES = ['Tunadaksa', 'Tunarungu', 'Tunanetra (low vision)', 'Tunawicara'] as const;

/** Operator prefixes (Telkomsel, Indosat, XL, Axis, Tri, Smartfren), Telkomsel-heavy as in Kalimantan. */
// prettier-ignore
const phonePrefix = weighted([
  ['0811', 4], ['0812', 10], ['0813', 10], ['0821', 9], ['0822', 9], ['0823', 5], ['0852', 8], ['0853', 8],
  ['0851', 2], ['0815', 1], ['0856', 3], ['0857', 3], ['0858', 2], ['0817', 1], ['0818', 1], ['0819', 2],
  ['0859', 1], ['0877', 2], ['0878', 2], ['0831', 1], ['0838', 1], ['0895', 2], ['0896', 2], ['0881', 1],
] as const);
const phoneDigits = weighted([
  [7, 15],
  [8, 70],
  [9, 15],
] as const);

// prettier-ignore
const EDUCATION = weighted([
  ['SD', 7], ['SMP', 16], ['SMA', 30], ['SMK', 31], ['D1_D3', 6], ['D4_S1', 9], ['S2_PLUS', 1],
] as const);

// ---------------------------------------------------------------------------------------------
// People

const FIRST_BIRTH_YEAR = 1966;
const LAST_BIRTH_YEAR = 2009;
const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(FIRST_BIRTH_YEAR, 0, 1);
const BIRTH_DAYS = (Date.UTC(LAST_BIRTH_YEAR, 11, 31) - FIRST_BIRTH) / DAY_MS + 1;

/** Registration dates of the generated people run from here to `REGISTERED_UNTIL`, in id order. */
const REGISTERED_FROM = Date.UTC(2015, 0, 5, 0, 30);
const REGISTERED_UNTIL = Date.UTC(2026, 5, 1, 8, 0);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Column order of `PARTICIPANT_INSERT`. */
export type ParticipantRow = [
  nik: string,
  fullName: string,
  birthPlace: string,
  birthDate: string,
  sex: 'L' | 'P',
  street: string,
  village: string,
  district: string,
  regencyCode: string,
  phone: string,
  email: string,
  education: string,
  activity: string,
  disability: string,
  notes: string,
  createdAt: string,
  updatedAt: string,
];

export const PARTICIPANT_INSERT = `INSERT INTO participants (nik, full_name, birth_place, birth_date, sex, street, village,
  district, regency_code, phone, email, education, activity, disability, notes, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Streams `count` people. NIKs are unique by construction: the serial (last four digits) counts
 * people per district + birth date + sex, kept in a typed array rather than a Map so that the
 * generator adds little to the process's memory.
 */
export function* generatePeople(seed: number, count: number): Generator<ParticipantRow> {
  const random = mulberry32(seed);
  const serials = new Uint16Array(ALL_DISTRICTS.length * BIRTH_DAYS * 2);
  const span = REGISTERED_UNTIL - REGISTERED_FROM;
  for (let index = 0; index < count; index++) {
    const sex: 'L' | 'P' = random() < 0.47 ? 'P' : 'L';
    // Trainees are mostly young: skew the birth date towards the end of the range.
    const dayIndex = Math.min(BIRTH_DAYS - 1, Math.floor(BIRTH_DAYS * (1 - Math.pow(random(), 1.9))));
    const birth = new Date(FIRST_BIRTH + dayIndex * DAY_MS);
    const year = birth.getUTCFullYear();
    const birthDate = `${year}-${pad(birth.getUTCMonth() + 1, 2)}-${pad(birth.getUTCDate(), 2)}`;
    const group = regionGroup(random);
    const district = (drawFrom.get(group) ?? drawPaser)(random);
    const slot = ((districtIndex.get(district.code) ?? 0) * BIRTH_DAYS + dayIndex) * 2 + (sex === 'P' ? 1 : 0);
    const serial = (serials[slot] ?? 0) + 1;
    if (serial > 9999) throw new Error('NIK serial overflow: too many people for one district and day');
    serials[slot] = serial;
    const nikDay = birth.getUTCDate() + (sex === 'P' ? 40 : 0);
    const nik = `${district.code}${pad(nikDay, 2)}${pad(birth.getUTCMonth() + 1, 2)}${pad(year % 100, 2)}${pad(serial, 4)}`;

    const name = fullName(random, sex);
    // Most live in Paser whatever their NIK says (they come to a BLK in Paser); the rest where the NIK was issued.
    const livesInPaser = group === PASER || random() < 0.55;
    const home = livesInPaser && group !== PASER ? drawPaser(random) : district;
    const regencyCode = random() < 0.06 ? '' : home.code.slice(0, 4);
    const village = home.name ? pick(random, home.villages) : '';
    const street =
      random() < 0.8 ? `${pick(random, STREETS)} No. ${int(random, 1, 250)}, RT ${pad(int(random, 1, 40), 3)}` : '';
    const phone = `${phonePrefix(random)}${pad(Math.floor(random() * 10 ** 9), 9).slice(0, phoneDigits(random))}`;
    const email =
      random() < 0.22
        ? `${(name.split(' ')[0] ?? 'peserta').toLowerCase()}${int(random, 1, 9999)}@${random() < 0.9 ? 'gmail.com' : 'yahoo.co.id'}`
        : '';
    const age = 2026 - year;
    const education = age < 17 ? pick(random, ['SMP', 'SMA', 'SMK'] as const) : EDUCATION(random);
    const activity = age < 20 && random() < 0.45 ? 'in_school' : random() < 0.32 ? 'working' : 'not_working';
    const disability = random() < 0.015 ? pick(random, DISABILITIES) : '';
    const createdAt = new Date(
      REGISTERED_FROM + Math.floor((span * index) / count) + int(random, 0, 3_600_000),
    ).toISOString();
    yield [
      nik,
      name,
      pick(random, BIRTH_PLACES),
      birthDate,
      sex,
      street,
      village,
      home.name,
      regencyCode,
      phone,
      email,
      education,
      activity,
      disability,
      '',
      createdAt,
      createdAt,
    ];
  }
}

// ---------------------------------------------------------------------------------------------
// Programmes and classes (created through the router, like an admin would)

export interface ProgramSpec {
  code: string;
  name: string;
  trade: string;
  totalJp: number;
  rules: { minAge: number | null; maxAge: number | null; minEducation: string | null; notWorking?: boolean };
}

// prettier-ignore
export const PROGRAMS: readonly ProgramSpec[] = [
  { code: 'OPK', name: 'Operator Komputer Muda', trade: 'TIK', totalJp: 240, rules: { minAge: 17, maxAge: 35, minEducation: 'SMP' } },
  { code: 'JHT', name: 'Menjahit Pakaian Wanita', trade: 'Garmen Apparel', totalJp: 280, rules: { minAge: 17, maxAge: null, minEducation: null } },
  { code: 'LAS', name: 'Pengelasan SMAW 3G', trade: 'Teknik Las', totalJp: 320, rules: { minAge: 18, maxAge: 40, minEducation: 'SMP' } },
  { code: 'OSM', name: 'Servis Sepeda Motor Injeksi', trade: 'Otomotif', totalJp: 260, rules: { minAge: 17, maxAge: 35, minEducation: 'SMP' } },
  { code: 'TAC', name: 'Teknisi AC Residensial', trade: 'Refrigerasi', totalJp: 240, rules: { minAge: 18, maxAge: 40, minEducation: 'SMP' } },
  { code: 'TBG', name: 'Pembuatan Roti dan Kue', trade: 'Pariwisata', totalJp: 200, rules: { minAge: 17, maxAge: null, minEducation: null } },
  { code: 'BRS', name: 'Barista', trade: 'Pariwisata', totalJp: 160, rules: { minAge: 17, maxAge: 30, minEducation: 'SMA' } },
  { code: 'LST', name: 'Instalasi Listrik Rumah Tangga', trade: 'Listrik', totalJp: 300, rules: { minAge: 18, maxAge: 40, minEducation: 'SMP', notWorking: true } },
];

export interface ClassSpec {
  programIndex: number;
  name: string;
  quota: number;
  startDate: string;
  endDate: string;
  status: 'planned' | 'open' | 'running' | 'finished' | 'closed';
}

/**
 * About 200 classes from 2016 to 2026: each programme runs two or three batches a year, 16 seats.
 * Classes of past years are closed, this year's are finished, running, open or planned by date.
 */
export function generateClasses(seed: number, today: string): ClassSpec[] {
  const random = mulberry32(seed ^ 0x5eed);
  const classes: ClassSpec[] = [];
  for (let year = 2016; year <= 2026; year++) {
    PROGRAMS.forEach((program, programIndex) => {
      const batches = random() < 0.3 ? 3 : 2;
      for (let batch = 1; batch <= batches; batch++) {
        const startMonth = batch === 1 ? int(random, 2, 4) : batch === 2 ? int(random, 6, 8) : int(random, 9, 10);
        const start = new Date(Date.UTC(year, startMonth - 1, int(random, 1, 25)));
        const end = new Date(start.getTime() + Math.round((program.totalJp / 8) * 1.4) * DAY_MS);
        const iso = (date: Date) => date.toISOString().slice(0, 10);
        const startDate = iso(start);
        const endDate = iso(end);
        const status =
          year < 2026
            ? 'closed'
            : endDate < today
              ? 'finished'
              : startDate <= today
                ? 'running'
                : batch === 2
                  ? 'open'
                  : 'planned';
        classes.push({
          programIndex,
          name: `${program.code} Angkatan ${batch} ${year}`,
          quota: 16,
          startDate,
          endDate,
          status,
        });
      }
    });
  }
  return classes;
}

// ---------------------------------------------------------------------------------------------
// Past enrolments of those classes (bulk-inserted; the benchmark's own enrolments go through the router)

/** Column order of `ENROLMENT_INSERT`. */
export type EnrolmentRow = [
  registrationNo: string,
  participantId: number,
  classId: number,
  status: string,
  reservePosition: number | null,
  createdAt: string,
  updatedAt: string,
];

export const ENROLMENT_INSERT = `INSERT INTO enrolments (registration_no, participant_id, class_id, status, reserve_position,
  offered_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`;

const PAST_OUTCOME = weighted([
  ['graduated', 84],
  ['not_competent', 6],
  ['dropped_out', 6],
] as const);

/**
 * About 20 applications per class: seat holders up to the quota (graduated and the like for past
 * classes, registered or accepted for open ones), plus rejected and withdrawn applicants.
 * Returns the rows and the last registration number used per year (for the `sequences` table).
 */
export function generatePastEnrolments(
  seed: number,
  classes: readonly (ClassSpec & { id: number })[],
  peopleCount: number,
): { rows: EnrolmentRow[]; lastSequence: Map<number, number> } {
  const random = mulberry32(seed ^ 0xe4011);
  const rows: EnrolmentRow[] = [];
  const lastSequence = new Map<number, number>();
  const ordered = [...classes].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  for (const klass of ordered) {
    const taken = new Set<number>();
    const seats =
      klass.status === 'open' ? int(random, 4, klass.quota - 4) : klass.status === 'planned' ? 0 : klass.quota;
    const others = klass.status === 'planned' ? 0 : int(random, 2, 6);
    const registeredAt = new Date(Date.parse(klass.startDate) - int(random, 7, 45) * DAY_MS);
    const year = registeredAt.getUTCFullYear();
    for (let index = 0; index < seats + others; index++) {
      let participantId = int(random, 1, peopleCount);
      while (taken.has(participantId)) participantId = int(random, 1, peopleCount);
      taken.add(participantId);
      let status: string;
      if (index >= seats) status = random() < 0.7 ? 'rejected' : 'withdrawn';
      else if (klass.status === 'open') status = random() < 0.5 ? 'registered' : 'accepted';
      else if (klass.status === 'running') status = 'in_training';
      else status = PAST_OUTCOME(random);
      const sequence = (lastSequence.get(year) ?? 0) + 1;
      lastSequence.set(year, sequence);
      const at = new Date(registeredAt.getTime() + index * 3_600_000).toISOString();
      rows.push([`PND-${year}-${pad(sequence, 5)}`, participantId, klass.id, status, null, at, at]);
    }
  }
  return { rows, lastSequence };
}
