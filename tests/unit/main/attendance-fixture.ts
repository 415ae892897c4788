/**
 * Shared set-up of the attendance and assessment tests: a running class of Operator Komputer
 * (three units, 80% minimum attendance) in November 2026 with trainees in training. Sessions are
 * written straight into the table, so these tests do not depend on the scheduling service.
 */
import { paserNik, person, type TestApp } from '../helpers';

export const UNITS = [
  { code: 'J.620100.001.01', title: 'Mengoperasikan Sistem Operasi', jp: 16 },
  { code: 'J.620100.002.01', title: 'Mengolah Kata', jp: 14 },
  { code: 'J.620100.003.01', title: 'Mengolah Angka', jp: 10 },
];

/** Joined before the first session, so every session counts. */
export const EARLY = '2026-11-01';

export async function runningClass(
  t: TestApp,
  names: string[],
  options: { minAttendancePct?: number; code?: string; className?: string } = {},
) {
  const program = await t.call('programs.create', {
    code: options.code ?? 'OPK',
    name: `Operator Komputer ${options.code ?? 'OPK'}`,
    trade: 'Teknologi Informasi',
    totalJp: 40,
    rules: {},
    minAttendancePct: options.minAttendancePct ?? 80,
    units: UNITS,
  });
  const klass = await t.call('classes.create', {
    programId: program.id,
    name: options.className ?? `OPK Angkatan 1 2026 ${options.code ?? ''}`.trim(),
    startDate: '2026-11-02',
    endDate: '2026-11-30',
  });
  const trainees: { id: number; fullName: string }[] = [];
  for (const fullName of names) {
    const participant = await t.call('participants.create', person({ fullName }));
    const enrolment = await t.call('enrolments.enroll', { participantId: participant.id, classId: klass.id });
    for (const status of ['accepted', 'reregistered'] as const) {
      await t.call('enrolments.setStatus', { enrolmentId: enrolment.id, status });
    }
    trainees.push({ id: enrolment.id, fullName });
  }
  await t.call('classes.setStatus', { id: klass.id, status: 'running' });
  await setJoinedOn(
    t,
    trainees.map((trainee) => trainee.id),
    EARLY,
  );
  return { program, klass, trainees, units: program.units };
}

export async function setJoinedOn(t: TestApp, enrolmentIds: number[], joinedOn: string | null) {
  await t.app.handle.db.updateTable('enrolments').set({ joinedOn }).where('id', 'in', enrolmentIds).execute();
}

let hour = 0;
/** A session of the class on `date` (8:00 + n hours so that two on one day do not clash). */
export async function addSession(
  t: TestApp,
  classId: number,
  date: string,
  jp: number,
  instructorIds: number[] = [],
): Promise<number> {
  const start = 7 + (hour++ % 8);
  const at = '2026-11-01T00:00:00.000Z';
  const { id } = await t.app.handle.db
    .insertInto('sessions')
    .values({
      classId,
      date,
      startTime: `${String(start).padStart(2, '0')}:00`,
      endTime: `${String(start).padStart(2, '0')}:59`,
      jp,
      roomId: null,
      mtuSiteId: null,
      notes: '',
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (instructorIds.length > 0) {
    await t.app.handle.db
      .insertInto('sessionInstructors')
      .values(instructorIds.map((instructorId) => ({ sessionId: id, instructorId })))
      .execute();
  }
  return id;
}

export async function instructorNamed(t: TestApp, fullName: string, employerName = '') {
  return t.call('instructors.create', {
    nik: paserNik('1985-06-15', 'L'),
    fullName,
    phone: '081255551234',
    employerKind: employerName ? 'partner' : 'blk',
    employerName,
  });
}
