import { arrangeClassHeldLastWeek } from './attendance-arrange';
import { expect, type Harness } from './fixtures';

/** Sixteen trainees, as a BLK class has: single names and one very long name among them. */
export const GRADUATES = [
  'Budi Santoso',
  'Nur Aisyah',
  'Siti Rahmawati',
  'Andi',
  'Sukarti',
  'Muhammad Rizky Ramadhan Nur Hidayatullah Saputra',
  'Dewi Lestari',
  'Agus Salim',
  'Rina Marlina',
  'Yohanes Paulus Lado',
  'Fitriani',
  'Hendra Gunawan',
  'Ni Kadek Ayu Pratiwi',
  'La Ode Hasrun',
  'Wahyuni',
  'Rudi Hartono',
] as const;

/**
 * A finished class of Operator Komputer held last week: every trainee present every day and
 * competent in every unit, except the last `failing` ones (not yet competent in the second unit).
 */
export async function arrangeFinishedClass(harness: Harness, { failing = 0 } = {}) {
  const { klass, days } = await arrangeClassHeldLastWeek(harness, GRADUATES);
  const grid = await harness.backdoor('attendance.grid', { classId: klass.id });
  for (const session of grid.sessions) {
    await harness.backdoor('attendance.save', {
      sessionId: session.id,
      marks: grid.trainees.map((trainee) => ({ enrolmentId: trainee.enrolmentId, mark: 'H' as const })),
    });
  }
  const sheet = await harness.backdoor('assessment.sheet', { classId: klass.id });
  const failingFrom = sheet.trainees.length - failing;
  await harness.backdoor('assessment.record', {
    classId: klass.id,
    assessedOn: days[4] ?? '',
    assessor: 'Rahmat Hidayat',
    results: sheet.trainees.flatMap((trainee, index) =>
      sheet.units.map((unit, position) => ({
        enrolmentId: trainee.enrolmentId,
        unitId: unit.id,
        result: index >= failingFrom && position === 1 ? ('not_yet_competent' as const) : ('competent' as const),
      })),
    ),
  });
  await harness.backdoor('classes.setStatus', { id: klass.id, status: 'finished' });
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  expect(roster.roster.filter((row) => row.status === 'graduated')).toHaveLength(GRADUATES.length - failing);
  return { klass };
}
