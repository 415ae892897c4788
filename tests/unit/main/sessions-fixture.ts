/** Shared set-up of the scheduling tests: a programme with units, classes, a room, instructors. */
import type { InputOf } from '@shared/contract';
import { paserNik, type TestApp } from '../helpers';

export const FIRST_UNIT = { code: 'J.620100.001.01', title: 'Mengoperasikan Sistem Operasi', jp: 16 };
export const SECOND_UNIT = { code: 'J.620100.002.01', title: 'Mengolah Kata', jp: 14 };
export const THIRD_UNIT = { code: 'J.620100.003.01', title: 'Mengolah Angka', jp: 10 };
export const UNITS = [FIRST_UNIT, SECOND_UNIT, THIRD_UNIT];

/** The element at `index`, or a failed test when the list is shorter. */
export function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No element ${index} in a list of ${list.length}`);
  return item;
}

export async function instructorNamed(t: TestApp, fullName: string) {
  return t.call('instructors.create', {
    nik: paserNik('1985-06-15', 'L'),
    fullName,
    phone: '081255551234',
    employerKind: 'blk',
  });
}

/**
 * Operator Komputer (40 JP in three units, 45-minute JP) with a class from Tuesday 1 December
 * 2026 to Friday 15 January 2027 in "Lab Komputer 1", taught by Budi.
 */
export async function scheduling(t: TestApp, options: { units?: typeof UNITS; totalJp?: number } = {}) {
  const units = options.units ?? UNITS;
  const program = await t.call('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: options.totalJp ?? units.reduce((sum, unit) => sum + unit.jp, 0),
    rules: { minAge: 17, maxAge: 35 },
    units,
  });
  const room = await t.call('rooms.create', { name: 'Lab Komputer 1', capacity: 20 });
  const budi = await instructorNamed(t, 'Budi Hartono');
  const klass = await t.call('classes.create', {
    programId: program.id,
    name: 'OPK Angkatan 1 2026',
    startDate: '2026-12-01',
    endDate: '2027-01-15',
    place: { kind: 'room', roomId: room.id },
    instructors: [{ instructorId: budi.id }],
  });
  return { program, room, budi, klass };
}

/** Another class of the same programme, by default without place or instructors. */
export async function otherClass(t: TestApp, programId: number, changes: Partial<InputOf<'classes.create'>> = {}) {
  return t.call('classes.create', {
    programId,
    name: 'OPK Angkatan 2 2026',
    startDate: '2026-12-01',
    endDate: '2027-01-15',
    ...changes,
  });
}

/** A session input for the class with the given changes (1 JP, 08:00-08:45 on 1 December). */
export function sessionInput(
  classId: number,
  changes: Partial<InputOf<'sessions.create'>> = {},
): InputOf<'sessions.create'> {
  return { classId, date: '2026-12-01', startTime: '08:00', endTime: '08:45', jp: 1, ...changes };
}
