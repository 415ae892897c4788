/**
 * Attendance: saving a whole column of the attendance grid (16 trainees, one session) through the
 * router (zod, role check, membership and joining-day checks, one multi-row upsert, the audit row,
 * the summaries it returns) against a raw prepared upsert of the same 16 rows in one transaction.
 */
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import { unwrap } from './envelope';
import { type Stats, forceGc, gcBetween, log, summarize } from './stats';

export const WARMUP_SAVES = 20;
const TRAINEES = 16;
/** Four two-hour blocks a day, so that many sessions fit in a few weeks before "today". */
const BLOCKS = [
  ['08:00', '09:45'],
  ['10:00', '11:45'],
  ['13:00', '14:45'],
  ['15:00', '16:45'],
] as const;
const MARKS = ['H', 'H', 'H', 'H', 'H', 'H', 'S', 'I', 'A'] as const;

export interface AttendanceFigures {
  calls: number;
  warmup: number;
  trainees: number;
  router: Stats;
  raw: Stats;
  ratioMedian: number;
  ratioP95: number;
  gcInLoop: { count: number; totalMs: number };
}

interface BenchClass {
  enrolmentIds: number[];
  sessionIds: number[];
}

/** A running class of 16 trainees (through the router) with `sessions` past sessions (inserted). */
async function runningClass(
  router: Router,
  sqlite: BetterSqlite3.Database,
  programId: number,
  name: string,
  people: number[],
  sessions: number,
  today: string,
): Promise<BenchClass> {
  const klass = unwrap<{ id: number }>(
    await router.dispatch('classes.create', {
      programId,
      name,
      quota: TRAINEES,
      startDate: '2026-01-05',
      endDate: today,
    }),
    `classes.create ${name}`,
  );
  const enrolmentIds: number[] = [];
  for (const participantId of people) {
    const enrolment = unwrap<{ id: number }>(
      await router.dispatch('enrolments.enroll', { participantId, classId: klass.id }),
      'attendance bench enrol',
    );
    for (const status of ['accepted', 'reregistered']) {
      unwrap(await router.dispatch('enrolments.setStatus', { enrolmentId: enrolment.id, status }), 'setStatus');
    }
    enrolmentIds.push(enrolment.id);
  }
  unwrap(await router.dispatch('classes.setStatus', { id: klass.id, status: 'running' }), 'classes.setStatus running');
  // They joined when the class began: every past session counts.
  sqlite.prepare('UPDATE enrolments SET joined_on = NULL WHERE class_id = ?').run(klass.id);
  const insert = sqlite.prepare(`INSERT INTO sessions (class_id, date, start_time, end_time, jp, created_at, updated_at)
    VALUES (?, ?, ?, ?, 2, ?, ?)`);
  const sessionIds: number[] = [];
  const day = new Date(`${today}T00:00:00Z`);
  sqlite.transaction(() => {
    for (let index = 0; index < sessions; index++) {
      if (index % BLOCKS.length === 0) day.setUTCDate(day.getUTCDate() - 1);
      const [start, end] = BLOCKS[index % BLOCKS.length] ?? BLOCKS[0];
      const at = new Date().toISOString();
      const date = day.toISOString().slice(0, 10);
      sessionIds.push(Number(insert.run(klass.id, date, start, end, at, at).lastInsertRowid));
    }
  })();
  return { enrolmentIds, sessionIds };
}

export async function measureAttendance(options: {
  router: Router;
  sqlite: BetterSqlite3.Database;
  /** 32 distinct existing participants: 16 per class. */
  people: number[];
  saves: number;
  today: string;
}): Promise<AttendanceFigures> {
  const { router, sqlite, people, saves, today } = options;
  const program = unwrap<{ id: number }>(
    await router.dispatch('programs.create', {
      code: 'BENCHATT',
      name: 'Pelatihan Benchmark Kehadiran',
      trade: 'Benchmark',
      totalJp: 100,
      rules: { minAge: null, maxAge: null, minEducation: null, noOverlap: false, oncePerYear: false },
    }),
    'programs.create BENCHATT',
  );
  const sessions = WARMUP_SAVES + saves;
  const viaRouter = await runningClass(
    router,
    sqlite,
    program.id,
    'BENCH Kehadiran Router',
    people.slice(0, TRAINEES),
    sessions,
    today,
  );
  const viaRaw = await runningClass(
    router,
    sqlite,
    program.id,
    'BENCH Kehadiran Raw',
    people.slice(TRAINEES, 2 * TRAINEES),
    sessions,
    today,
  );
  const operatorId = Number(sqlite.prepare('SELECT min(id) FROM operators').pluck().get());
  const upsert = sqlite.prepare(`INSERT INTO attendance (session_id, enrolment_id, mark, operator_id, updated_at)
    VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, enrolment_id) DO UPDATE SET mark = excluded.mark,
    operator_id = excluded.operator_id, updated_at = excluded.updated_at`);
  const rawSave = sqlite.transaction((sessionId: number, marks: { enrolmentId: number; mark: string }[]) => {
    const at = new Date().toISOString();
    for (const mark of marks) upsert.run(sessionId, mark.enrolmentId, mark.mark, operatorId, at);
  });
  const marksFor = (enrolmentIds: number[], session: number) =>
    enrolmentIds.map((enrolmentId, index) => ({ enrolmentId, mark: MARKS[(index + session) % MARKS.length] ?? 'H' }));

  for (let index = 0; index < WARMUP_SAVES; index++) {
    const sessionId = viaRouter.sessionIds[index] ?? 0;
    unwrap(
      await router.dispatch('attendance.save', { sessionId, marks: marksFor(viaRouter.enrolmentIds, index) }),
      'warm-up save',
    );
    rawSave(viaRaw.sessionIds[index] ?? 0, marksFor(viaRaw.enrolmentIds, index));
  }
  const routerTimes = new Float64Array(saves);
  const rawTimes = new Float64Array(saves);
  let failures = 0;
  forceGc();
  const loopStart = performance.now();
  for (let index = 0; index < saves; index++) {
    const session = WARMUP_SAVES + index;
    const input = { sessionId: viaRouter.sessionIds[session] ?? 0, marks: marksFor(viaRouter.enrolmentIds, session) };
    const rawMarks = marksFor(viaRaw.enrolmentIds, session);
    const t0 = performance.now();
    const result = await router.dispatch('attendance.save', input);
    const t1 = performance.now();
    rawSave(viaRaw.sessionIds[session] ?? 0, rawMarks);
    const t2 = performance.now();
    routerTimes[index] = t1 - t0;
    rawTimes[index] = t2 - t1;
    if (!result.ok) failures++;
  }
  const loopEnd = performance.now();
  if (failures > 0) throw new Error(`${failures} attendance saves failed`);
  const routerStats = summarize(routerTimes);
  const rawStats = summarize(rawTimes);
  log(
    `attendance: router median ${routerStats.median} / p95 ${routerStats.p95} ms; raw ${rawStats.median} / ${rawStats.p95} ms`,
  );
  return {
    calls: saves,
    warmup: WARMUP_SAVES,
    trainees: TRAINEES,
    router: routerStats,
    raw: rawStats,
    ratioMedian: Math.round((routerStats.median / rawStats.median) * 100) / 100,
    ratioP95: Math.round((routerStats.p95 / rawStats.p95) * 100) / 100,
    gcInLoop: await gcBetween(loopStart, loopEnd),
  };
}

/** The report's lines for this case. */
export function attendanceLines(
  figures: AttendanceFigures,
  statLine: (label: string, stats: Stats) => string,
): string[] {
  return [
    statLine(`router attendance.save, ${figures.trainees} marks (n=${figures.calls})`, figures.router),
    statLine('raw prepared upsert x16, one transaction', figures.raw),
    `${'router / raw (median, p95)'.padEnd(44)}${`${figures.ratioMedian}x`.padStart(10)}${`${figures.ratioP95}x`.padStart(10)}`,
  ];
}
