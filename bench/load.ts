/**
 * Builds the benchmark's database: the BLK, its programmes and ten years of classes through the
 * router (as the front desk would create them), then people and past enrolments in bulk, straight
 * into SQLite: loading them is not what is measured, and a router call per row would be slow.
 */
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import { unwrap } from './envelope';
import { log, markPhase } from './stats';
import {
  type ClassSpec,
  ENROLMENT_INSERT,
  PARTICIPANT_INSERT,
  PROGRAMS,
  generateClasses,
  generatePastEnrolments,
  generatePeople,
} from './synthetic';

/** Rows per transaction while loading people. */
const LOAD_BATCH = 10_000;

export type HistoryClass = ClassSpec & { id: number };

/** `setup.init` (which logs the router in as admin), the programmes and their classes. */
export async function setUpBlk(router: Router, seed: number, today: string): Promise<HistoryClass[]> {
  unwrap(
    await router.dispatch('setup.init', {
      blk: {
        name: 'UPTD BLK Kabupaten Paser',
        address: 'Jl. Kusuma Bangsa, Tanah Grogot',
        regencyCode: '6401',
        headName: 'Drs. H. Ahmad Yani',
        headNip: '',
      },
      admin: { username: 'admin', fullName: 'Admin BLK', password: 'rahasia-bench-123' },
    }),
    'setup.init',
  );
  const programIds: number[] = [];
  for (const program of PROGRAMS) {
    const created = unwrap<{ id: number }>(
      await router.dispatch('programs.create', { ...program, rules: { ...program.rules, noOverlap: true } }),
      `programs.create ${program.code}`,
    );
    programIds.push(created.id);
  }
  const classes: HistoryClass[] = [];
  for (const spec of generateClasses(seed, today)) {
    const { programIndex, ...fields } = spec;
    const created = unwrap<{ id: number }>(
      await router.dispatch('classes.create', { ...fields, programId: programIds[programIndex] }),
      `classes.create ${spec.name}`,
    );
    classes.push({ ...spec, id: created.id });
  }
  return classes;
}

export interface LoadFigures {
  people: number;
  peopleMs: number;
  peoplePerSecond: number;
  batchRows: number;
  pastEnrolments: number;
  pastEnrolmentsMs: number;
  checkpointMs: number;
  synchronousDuringLoad: string;
  synchronousMeasured: string;
}

/**
 * People through one prepared INSERT with the FTS triggers on (so the index is built as in
 * production), then the past enrolments of `classes` and the registration sequences they used.
 * `synchronous` is OFF for the load only; the app's value is back before anything is measured.
 */
export function loadPeopleAndHistory(
  sqlite: BetterSqlite3.Database,
  seed: number,
  people: number,
  classes: readonly HistoryClass[],
): LoadFigures {
  const appSynchronous = sqlite.pragma('synchronous', { simple: true });
  sqlite.pragma('synchronous = OFF');
  const loadStart = performance.now();
  const insertPerson = sqlite.prepare(PARTICIPANT_INSERT);
  let loaded = 0;
  sqlite.exec('BEGIN');
  for (const person of generatePeople(seed, people)) {
    insertPerson.run(person);
    loaded++;
    if (loaded % LOAD_BATCH === 0) {
      sqlite.exec('COMMIT');
      if (loaded % 100_000 === 0) log(`loaded ${loaded.toLocaleString('en')} people`);
      sqlite.exec('BEGIN');
    }
  }
  sqlite.exec('COMMIT');
  const peopleLoadMs = performance.now() - loadStart;

  markPhase('peopleLoaded');
  const past = generatePastEnrolments(seed, classes, people);
  const enrolStart = performance.now();
  const insertEnrolment = sqlite.prepare(ENROLMENT_INSERT);
  sqlite.transaction(() => {
    for (const row of past.rows) insertEnrolment.run(row);
    const setSequence = sqlite.prepare(
      `INSERT INTO sequences (name, year, last_value) VALUES ('registration', ?, ?)
       ON CONFLICT (name, year) DO UPDATE SET last_value = max(last_value, excluded.last_value)`,
    );
    for (const [year, last] of past.lastSequence) setSequence.run(year, last);
  })();
  const pastEnrolmentsMs = performance.now() - enrolStart;
  const checkpointStart = performance.now();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const checkpointMs = performance.now() - checkpointStart;
  sqlite.pragma(`synchronous = ${appSynchronous}`);
  const measuredSynchronous = sqlite.pragma('synchronous', { simple: true });
  const load: LoadFigures = {
    people,
    peopleMs: Math.round(peopleLoadMs),
    peoplePerSecond: Math.round(people / (peopleLoadMs / 1000)),
    batchRows: LOAD_BATCH,
    pastEnrolments: past.rows.length,
    pastEnrolmentsMs: Math.round(pastEnrolmentsMs),
    checkpointMs: Math.round(checkpointMs),
    synchronousDuringLoad: 'OFF',
    synchronousMeasured: measuredSynchronous === 2 ? 'FULL' : String(measuredSynchronous),
  };
  log(
    `loaded ${people.toLocaleString('en')} people in ${(peopleLoadMs / 1000).toFixed(1)} s ` +
      `(${load.peoplePerSecond.toLocaleString('en')}/s, synchronous=OFF during load, back to ${load.synchronousMeasured}), ` +
      `${past.rows.length} past enrolments`,
  );
  return load;
}
