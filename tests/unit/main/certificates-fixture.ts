/**
 * Shared set-up of the certificate tests: a finished class of Operator Komputer whose trainees
 * graduated (every unit competent, full attendance), except the names listed as failing.
 */
import type { TestApp } from '../helpers';
import { addSession, runningClass } from './attendance-fixture';

export async function finishedClass(
  t: TestApp,
  names: string[],
  options: { failing?: string[]; code?: string; className?: string } = {},
) {
  const c = await runningClass(t, names, { code: options.code, className: options.className });
  const sessionId = await addSession(t, c.klass.id, '2026-11-02', 8);
  await t.call('attendance.save', {
    sessionId,
    marks: c.trainees.map((trainee) => ({ enrolmentId: trainee.id, mark: 'H' as const })),
  });
  const failing = new Set(options.failing ?? []);
  await t.call('assessment.record', {
    classId: c.klass.id,
    assessedOn: '2026-11-20',
    assessor: 'Budi Hartono (asesor LSP)',
    results: c.trainees.flatMap((trainee) =>
      c.units.map((unit, index) => ({
        enrolmentId: trainee.id,
        unitId: unit.id,
        result: failing.has(trainee.fullName) && index === 0 ? ('not_yet_competent' as const) : ('competent' as const),
      })),
    ),
  });
  await t.call('classes.setStatus', { id: c.klass.id, status: 'finished' });
  const byName = Object.fromEntries(c.trainees.map((trainee) => [trainee.fullName, trainee.id]));
  return { ...c, byName: (name: string) => byName[name] as number };
}
