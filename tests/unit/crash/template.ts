/**
 * The crash test's starting point, made once and copied per trial: a set-up BLK with an open
 * class to enrol into (quota 12, so the burst soon fills it and adds reserves), a running class
 * with fifteen sessions already held, and a finished class whose graduates have no certificate
 * yet. Built through the router like the unit fixtures, with the writer's fixed clock.
 */
import type { InputOf, MethodName, OutputOf } from '@shared/contract';
import { startMainApp } from '../../../src/main/app';
import { createFolderPlatform } from '../../../src/main/platform';
import { BLK, person } from '../helpers';
import { ADMIN, CLOCK, type TemplateFacts } from './protocol';

const UNITS = [
  { code: 'J.620100.001.01', title: 'Mengoperasikan Sistem Operasi', jp: 16 },
  { code: 'J.620100.002.01', title: 'Mengolah Kata', jp: 14 },
  { code: 'J.620100.003.01', title: 'Mengolah Angka', jp: 10 },
];

/** Weekdays from 2 to 20 November 2026: all before the clock's today (23 November). */
const HELD_DAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20].map(
  (day) => `2026-11-${String(day).padStart(2, '0')}`,
);

export async function buildTemplate(dataDir: string, graduates: number): Promise<TemplateFacts> {
  const app = await startMainApp(
    createFolderPlatform(dataDir, () => new Date(CLOCK)),
    { logError: () => {} },
  );
  const router = app.createRouter();
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await router.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  };
  try {
    await call('setup.init', { blk: BLK, admin: { ...ADMIN, fullName: 'Admin BLK' } });
    const program = await call('programs.create', {
      code: 'OPK',
      name: 'Operator Komputer',
      trade: 'Teknologi Informasi',
      totalJp: 40,
      minAttendancePct: 80,
      rules: {},
      units: UNITS,
    });

    /** A class whose trainees are in training, having joined before its first session. */
    const classInTraining = async (name: string, size: number) => {
      const klass = await call('classes.create', {
        programId: program.id,
        name,
        quota: size,
        minToOpen: 1,
        startDate: '2026-11-02',
        endDate: '2026-11-30',
      });
      const ids: number[] = [];
      for (let index = 0; index < size; index += 1) {
        const participant = await call('participants.create', person({ fullName: `Siti Rahmawati ${index + 1}` }));
        const enrolment = await call('enrolments.enroll', { participantId: participant.id, classId: klass.id });
        for (const status of ['accepted', 'reregistered'] as const) {
          await call('enrolments.setStatus', { enrolmentId: enrolment.id, status });
        }
        ids.push(enrolment.id);
      }
      await call('classes.setStatus', { id: klass.id, status: 'running' });
      // Enrolments are dated today (the clock); these people signed up before the class began.
      app.handle.sqlite.prepare('UPDATE enrolments SET joined_on = ? WHERE class_id = ?').run('2026-10-26', klass.id);
      const sessionIds: number[] = [];
      for (const date of HELD_DAYS.slice(0, name.includes('Lulus') ? 5 : HELD_DAYS.length)) {
        const session = await call('sessions.create', {
          classId: klass.id,
          date,
          startTime: '08:00',
          endTime: '15:00',
          jp: 8,
        });
        sessionIds.push(session.id);
      }
      return { klass, ids, sessionIds };
    };

    const open = await call('classes.create', {
      programId: program.id,
      name: 'OPK Angkatan 3 2026',
      quota: 12,
      minToOpen: 1,
      startDate: '2026-12-01',
      endDate: '2026-12-30',
    });
    const running = await classInTraining('OPK Angkatan 2 2026', 12);
    const finished = await classInTraining('OPK Angkatan 1 2026 Lulus', graduates);
    for (const sessionId of finished.sessionIds) {
      await call('attendance.save', {
        sessionId,
        marks: finished.ids.map((enrolmentId) => ({ enrolmentId, mark: 'H' })),
      });
    }
    await call('assessment.record', {
      classId: finished.klass.id,
      assessedOn: '2026-11-20',
      assessor: 'Budi Hartono (asesor LSP)',
      results: finished.ids.flatMap((enrolmentId) =>
        program.units.map((unit) => ({ enrolmentId, unitId: unit.id, result: 'competent' as const })),
      ),
    });
    await call('classes.setStatus', { id: finished.klass.id, status: 'finished' });
    // The first issue makes the signing key; done here so each trial's first issue is a plain one.
    const [first, ...rest] = finished.ids;
    if (first === undefined) throw new Error('The finished class needs graduates');
    await call('certificates.issue', { enrolmentId: first });
    return {
      openClassId: open.id,
      runningClassId: running.klass.id,
      sessionIds: running.sessionIds,
      traineeIds: running.ids,
      graduateIds: rest,
    };
  } finally {
    // Closing the last connection checkpoints and removes the WAL: the template is one clean file.
    await app.close();
  }
}
