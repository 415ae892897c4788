import { nikDateDigits } from '../../src/shared/nik';
import { todayIn } from '../../src/shared/time';
import { E2E_START, expect, type Harness } from './fixtures';

const DAY = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Monday to Friday of last week at the BLK. */
export function lastWeek(): string[] {
  const today = todayIn(E2E_START);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const lastMonday = addDays(today, -((weekday + 6) % 7) - 7);
  return [0, 1, 2, 3, 4].map((offset) => addDays(lastMonday, offset));
}

export const UNITS = [
  { code: 'J.620100.001.01', title: 'Mengoperasikan perangkat komputer', jp: 20 },
  { code: 'J.620100.002.01', title: 'Mengolah kata (word processing)', jp: 20 },
];

export const TRAINEES = ['Budi Santoso', 'Nur Aisyah', 'Siti Rahmawati'] as const;

/** The NIK encodes sex (day + 40 for women): the test people get the one their name suggests. */
const WOMEN_GIVEN_NAMES = new Set(['Nur', 'Siti', 'Dewi', 'Rina', 'Fitriani', 'Ni', 'Wahyuni', 'Sukarti']);

/**
 * A running class of Operator Komputer (2 units, 40 JP, minimum attendance 80%) held last week,
 * Monday to Friday, 8 JP a day, with its trainees (three unless named) in training and no
 * attendance taken yet.
 */
export async function arrangeClassHeldLastWeek(harness: Harness, names: readonly string[] = TRAINEES) {
  const days = lastWeek();
  const program = await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 40,
    minAttendancePct: 80,
    rules: {},
    units: UNITS,
  });
  const instructor = await harness.backdoor('instructors.create', {
    nik: '6401010909850001',
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Teknologi Informasi'],
    competency: { number: 'K-1', issuer: 'BNSP', issuedOn: '2024-02-01', expiresOn: '2029-02-01' },
    methodology: { number: 'M-1', issuer: 'BBPLK Bekasi', issuedOn: '2023-03-10', expiresOn: '2028-03-10' },
  });
  const room = await harness.backdoor('rooms.create', {
    name: 'Lab Komputer A',
    trade: 'Teknologi Informasi',
    capacity: 16,
  });
  const klass = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Operator Komputer Angkatan 3',
    quota: 16,
    minToOpen: 1,
    startDate: days[0] ?? '',
    endDate: days[4] ?? '',
    status: 'open',
    place: { kind: 'room', roomId: room.id },
    instructors: [{ instructorId: instructor.id, role: 'lead' }],
  });
  for (const [index, fullName] of names.entries()) {
    const sex = WOMEN_GIVEN_NAMES.has(fullName.split(' ')[0] ?? '') ? 'P' : 'L';
    const birthDate = `${1995 + (index % 8)}-0${1 + (index % 9)}-1${index % 10}`;
    const person = await harness.backdoor('participants.create', {
      nik: `640105${nikDateDigits(birthDate, sex)}${String(index + 1).padStart(4, '0')}`,
      fullName,
      birthPlace: 'Tanah Grogot',
      birthDate,
      sex,
      phone: `0812345678${String(index).padStart(2, '0')}`,
      education: 'SMA',
      activity: 'not_working',
    });
    const enrolment = await harness.backdoor('enrolments.enroll', { participantId: person.id, classId: klass.id });
    for (const status of ['accepted', 'reregistered'] as const) {
      await harness.backdoor('enrolments.setStatus', { enrolmentId: enrolment.id, status });
    }
  }
  // The enrolments above are dated today; these trainees signed up the week before the class
  // (the only way to date an enrolment in the past).
  harness.app.handle.sqlite
    .prepare('UPDATE enrolments SET joined_on = ? WHERE class_id = ?')
    .run(addDays(days[0] ?? '', -7), klass.id);
  await harness.backdoor('classes.setStatus', { id: klass.id, status: 'running' });
  for (const date of days) {
    await harness.backdoor('sessions.create', {
      classId: klass.id,
      date,
      startTime: '08:00',
      endTime: '15:00',
      jp: 8,
      instructorIds: [instructor.id],
    });
  }
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  expect(roster.roster.every((row) => row.status === 'in_training')).toBe(true);
  return { klass, days };
}
