import { E2E_START, setUpBlk, type Harness } from './fixtures';

/** Scheduling test data: two classes sharing a lab, dated a few weeks from the e2e clock's today. */

export const DAY = 86_400_000;
export const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);
export const typed = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
/** A Monday three to four weeks ahead: the class's first week, Monday to Sunday. */
export const monday = (() => {
  const start = E2E_START.getTime() + 21 * DAY;
  const weekday = new Date(start).getUTCDay();
  return start + ((8 - weekday) % 7) * DAY;
})();
export const week = (offset: number) => isoOf(monday + offset * DAY);
/** Monday, Tuesday, [Wednesday a holiday], Thursday, Friday. */
export const HOLIDAY = week(2);

/** Two programmes' classes in the same computer lab; the second has a session on the first Friday morning. */
export async function arrange(harness: Harness) {
  await setUpBlk(harness);
  const program = await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 24,
    rules: {},
    units: [
      { code: 'J.620100.001.01', title: 'Mengoperasikan perangkat komputer', jp: 8 },
      { code: 'J.620100.002.01', title: 'Mengolah kata', jp: 8 },
      { code: 'J.620100.003.01', title: 'Mengolah lembar kerja', jp: 8 },
    ],
  });
  const design = await harness.backdoor('programs.create', {
    code: 'DG',
    name: 'Desain Grafis',
    trade: 'Teknologi Informasi',
    totalJp: 8,
    rules: {},
    units: [{ code: 'J.620100.010.01', title: 'Mengolah gambar', jp: 8 }],
  });
  const lab = await harness.backdoor('rooms.create', {
    name: 'Lab Komputer A',
    trade: 'Teknologi Informasi',
    capacity: 16,
  });
  const andi = await harness.backdoor('instructors.create', {
    nik: '6401031101880003',
    fullName: 'Andi',
    phone: '085212345678',
    employerKind: 'blk',
    trades: ['Teknologi Informasi'],
    competency: { number: 'K-1', issuer: 'BNSP', issuedOn: '2024-01-10', expiresOn: isoOf(E2E_START.getTime() + 900 * DAY) },
    methodology: {
      number: 'M-1',
      issuer: 'Kemnaker',
      issuedOn: '2023-08-01',
      expiresOn: isoOf(E2E_START.getTime() + 900 * DAY),
    },
  });
  const place = { kind: 'room' as const, roomId: lab.id };
  const computer = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Operator Komputer Angkatan 1',
    startDate: week(0),
    endDate: week(25),
    place,
    instructors: [{ instructorId: andi.id }],
  });
  const other = await harness.backdoor('classes.create', {
    programId: design.id,
    name: 'Desain Grafis Angkatan 2',
    startDate: week(0),
    endDate: week(25),
    place,
  });
  await harness.backdoor('sessions.create', {
    classId: other.id,
    date: week(4),
    startTime: '08:00',
    endTime: '12:00',
    jp: 4,
  });
  return { computer, other, lab, andi };
}

/** Monday of the current week, as the calendar's first view shows it (UTC midnight, like `monday`). */
export function mondayOfToday(): number {
  const today = Date.parse(isoOf(E2E_START.getTime()));
  const weekday = new Date(today).getUTCDay();
  return today - ((weekday + 6) % 7) * DAY;
}
