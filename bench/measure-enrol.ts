/**
 * Enrolment: `enrolments.enroll` through the router (zod, role check, transaction, audit row)
 * against a raw prepared INSERT of the same row, each for distinct existing people.
 */
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import { unwrap } from './envelope';
import { type Stats, forceGc, gcBetween, log, summarize } from './stats';
import { ENROLMENT_INSERT, int, mulberry32 } from './synthetic';

export const WARMUP_ENROLMENTS = 200;
/** Enrolments per benchmark class: below the 500 quota, so every call takes the "registered" path. */
const PER_CLASS = 400;

/** Separate classes for router and raw enrolments, so neither changes the other's seat counts. */
export interface EnrolmentClasses {
  warmupRouter: number;
  warmupRaw: number;
  router: number[];
  raw: number[];
}

/** A rule-free programme, so eligibility never rejects anyone, and enough open classes in it. */
export async function createEnrolmentClasses(router: Router, enrolments: number): Promise<EnrolmentClasses> {
  const benchProgram = unwrap<{ id: number }>(
    await router.dispatch('programs.create', {
      code: 'BENCH',
      name: 'Pelatihan Benchmark (tanpa syarat)',
      trade: 'Benchmark',
      totalJp: 100,
      rules: { minAge: null, maxAge: null, minEducation: null, noOverlap: false, oncePerYear: false },
    }),
    'programs.create BENCH',
  );
  const benchClass = async (name: string) =>
    unwrap<{ id: number }>(
      await router.dispatch('classes.create', {
        programId: benchProgram.id,
        name,
        quota: 500,
        startDate: '2026-08-03',
        endDate: '2026-09-30',
        status: 'open',
      }),
      `classes.create ${name}`,
    ).id;
  const classes: EnrolmentClasses = {
    warmupRouter: await benchClass('BENCH Pemanasan Router'),
    warmupRaw: await benchClass('BENCH Pemanasan Raw'),
    router: [],
    raw: [],
  };
  for (let index = 1; index <= Math.ceil(enrolments / PER_CLASS); index++) {
    classes.router.push(await benchClass(`BENCH Router ${index}`));
    classes.raw.push(await benchClass(`BENCH Raw ${index}`));
  }
  return classes;
}

export interface EnrolmentFigures {
  calls: number;
  warmup: number;
  router: Stats;
  raw: Stats;
  ratioMedian: number;
  ratioP99: number;
  gcInLoop: { count: number; totalMs: number };
}

export async function measureEnrolment(options: {
  router: Router;
  sqlite: BetterSqlite3.Database;
  clock: () => Date;
  seed: number;
  people: number;
  enrolments: number;
  classes: EnrolmentClasses;
}): Promise<EnrolmentFigures> {
  const { router, sqlite, clock, seed, people, enrolments, classes } = options;
  // Distinct people for every enrolment (router and raw), drawn deterministically.
  const pickRandom = mulberry32(seed ^ 0xbeef);
  const chosen = new Set<number>();
  const totalPeople = 2 * (WARMUP_ENROLMENTS + enrolments);
  if (totalPeople > people) throw new Error(`need at least ${totalPeople} people for ${enrolments} enrolments`);
  while (chosen.size < totalPeople) chosen.add(int(pickRandom, 1, people));
  const ids = [...chosen];
  const take = (count: number) => ids.splice(0, count);
  const rawInsert = sqlite.prepare(ENROLMENT_INSERT);
  // Registration numbers far above any the router hands out, so the raw rows never collide with its.
  let rawSerial = 90_000;
  const rawRow = (participantId: number, classId: number) => {
    const at = clock().toISOString();
    rawSerial++;
    return [`PND-2026-${rawSerial}`, participantId, classId, 'registered', null, at, at] as const;
  };
  const enrolInput = (participantId: number, classId: number) => ({ participantId, classId });

  for (const participantId of take(WARMUP_ENROLMENTS)) {
    unwrap(
      await router.dispatch('enrolments.enroll', enrolInput(participantId, classes.warmupRouter)),
      'warm-up enrol',
    );
  }
  for (const participantId of take(WARMUP_ENROLMENTS)) rawInsert.run(rawRow(participantId, classes.warmupRaw));

  const routerInputs = take(enrolments).map((participantId, index) =>
    enrolInput(participantId, classes.router[Math.floor(index / PER_CLASS)] ?? 0),
  );
  const rawRows = take(enrolments).map((participantId, index) =>
    rawRow(participantId, classes.raw[Math.floor(index / PER_CLASS)] ?? 0),
  );
  const routerTimes = new Float64Array(enrolments);
  const rawTimes = new Float64Array(enrolments);
  let failures = 0;
  forceGc();
  const loopStart = performance.now();
  // Interleaved, so both see the same database size, WAL length and checkpoints.
  for (let index = 0; index < enrolments; index++) {
    const t0 = performance.now();
    const result = await router.dispatch('enrolments.enroll', routerInputs[index]);
    const t1 = performance.now();
    rawInsert.run(rawRows[index]);
    const t2 = performance.now();
    routerTimes[index] = t1 - t0;
    rawTimes[index] = t2 - t1;
    if (!result.ok) failures++;
  }
  const loopEnd = performance.now();
  if (failures > 0) throw new Error(`${failures} enrolments failed`);
  const routerStats = summarize(routerTimes);
  const rawStats = summarize(rawTimes);
  const figures: EnrolmentFigures = {
    calls: enrolments,
    warmup: WARMUP_ENROLMENTS,
    router: routerStats,
    raw: rawStats,
    ratioMedian: Math.round((routerStats.median / rawStats.median) * 100) / 100,
    ratioP99: Math.round((routerStats.p99 / rawStats.p99) * 100) / 100,
    gcInLoop: await gcBetween(loopStart, loopEnd),
  };
  log(
    `enrol: router median ${routerStats.median} / p99 ${routerStats.p99} ms; raw ${rawStats.median} / ${rawStats.p99} ms`,
  );
  return figures;
}
