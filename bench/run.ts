/**
 * Pelita benchmark: loads a realistic BLK database (500,000 people by default) and measures the
 * two things a front desk does all day (enrolling someone, finding someone) through the real
 * router, each against a raw-SQL baseline, and the clash check every timetable edit runs against
 * ten years of sessions. Prints a table, writes bench/results.json.
 *
 *   npm run bench                       # 500,000 people, seed 42
 *   npm run bench -- --quick            # 20,000 people, a fast check
 *   npm run bench -- --people 100000 --seed 7 --keep --dir /var/tmp
 *   npm run bench -- --only attendance  # only the attendance case, on 2,000 people
 *   npm run bench -- --only certificates  # only the certificate PDFs (no database)
 *   npm run bench -- --only equipment  # only the equipment case (20,000 assets, no people)
 *   npm run bench -- --only graduates  # only the dashboard and report export (20,000 people)
 *
 * See bench/README.md for what each figure means and the targets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startMainApp } from '../src/main/app';
import { createFolderPlatform } from '../src/main/platform';
import { loadPeopleAndHistory, setUpBlk } from './load';
import { measureClashCheck } from './measure-clash';
import { attendanceLines, measureAttendance, WARMUP_SAVES } from './measure-attendance';
import { WARMUP_ENROLMENTS, createEnrolmentClasses, measureEnrolment } from './measure-enrol';
import { WARMUP_QUERIES, measureSearch } from './measure-search';
import { measureSizeAndRows } from './measure-size';
import { certificateLines, measureCertificates } from './measure-certificates';
import { equipmentLines, measureEquipment } from './measure-equipment';
import { graduateLines, measureGraduates } from './measure-graduates';
import {
  certificateChecks,
  checkLine,
  checkTargets,
  equipmentChecks,
  graduateChecks,
  mergeGraduateResults,
  printReport,
  writeResults,
} from './report';
import { log, markPhase, measureMemory, type Stats } from './stats';
import { PROGRAMS } from './synthetic';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string' },
    seed: { type: 'string', default: '42' },
    quick: { type: 'boolean', default: false },
    enrolments: { type: 'string', default: '2000' },
    queries: { type: 'string', default: '200' },
    attendance: { type: 'string', default: '200' },
    certificates: { type: 'string', default: '1000' },
    'certificate-files': { type: 'string', default: '200' },
    assets: { type: 'string', default: '20000' },
    only: { type: 'string' },
    'clash-checks': { type: 'string', default: '2000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
  },
  strict: true,
});

const positive = (text: string, name: string) => {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const ONLY = ['attendance', 'certificates', 'equipment', 'graduates'];
if (args.only !== undefined && !ONLY.includes(args.only)) throw new Error(`--only takes: ${ONLY.join(', ')}`);
const ONLY_ATTENDANCE = args.only === 'attendance';
const ONLY_EQUIPMENT = args.only === 'equipment';
const ONLY_CERTIFICATES = args.only === 'certificates';
const ONLY_GRADUATES = args.only === 'graduates';
const PEOPLE = positive(
  args.people ?? (ONLY_ATTENDANCE ? '2000' : args.quick || ONLY_GRADUATES ? '20000' : '500000'),
  'people',
);
const SEED = Number(args.seed);
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer');
const ENROLMENTS = positive(args.enrolments, 'enrolments');
const QUERIES = positive(args.queries, 'queries');
const ATTENDANCE_SAVES = positive(args.attendance, 'attendance');
/** 32 people for the two attendance classes (the benchmark programme has no rules, so anyone fits). */
const ATTENDANCE_PEOPLE = Array.from({ length: 32 }, (_, index) => index + 1);
const CLASH_CHECKS = positive(args['clash-checks'], 'clash-checks');
const CERTIFICATES = positive(args.certificates, 'certificates');
const CERTIFICATE_FILES = positive(args['certificate-files'], 'certificate-files');
const ASSETS = positive(args.assets, 'assets');

async function main() {
  markPhase('modulesLoaded');
  const started = performance.now();
  const dataDir = mkdtempSync(join(resolve(args.dir ?? tmpdir()), 'pelita-bench-'));
  if (ONLY_CERTIFICATES) {
    // Layout and writing only: no database is needed, so none is loaded.
    const certificates = await measureCertificates(dataDir, { certificates: CERTIFICATES, files: CERTIFICATE_FILES });
    console.log(
      [...certificateLines(certificates, shortStatLine), ...certificateChecks(certificates).map(checkLine)].join('\n'),
    );
    if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  log(
    `people=${PEOPLE.toLocaleString('en')} seed=${SEED} enrolments=${ENROLMENTS} queries=${QUERIES}/category dir=${dataDir}`,
  );

  // A fixed calendar (mid-June 2026, Asia/Makassar working hours) that still ticks, so the data,
  // the open classes and the registration year do not depend on when the benchmark runs.
  const clockBase = Date.UTC(2026, 5, 15, 1, 0);
  const clock = () => new Date(clockBase + Math.floor(performance.now() - started));
  const today = '2026-06-15';
  const app = await startMainApp(createFolderPlatform(dataDir, clock));
  const { sqlite } = app.handle;
  const router = app.createRouter();
  markPhase('appStarted');
  const sqliteVersion = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;

  const history = await setUpBlk(router, SEED, today);
  const enrolmentClasses = await createEnrolmentClasses(router, ENROLMENTS);
  const benchmarkClasses = 2 + enrolmentClasses.router.length + enrolmentClasses.raw.length;
  // + 1: the rule-free programme of the benchmark classes.
  log(`setup: ${PROGRAMS.length + 1} programmes, ${history.length} classes + ${benchmarkClasses} benchmark classes`);
  if (ONLY_EQUIPMENT) {
    // Assets do not depend on people: measured on a BLK with its programmes and classes only.
    const equipment = await measureEquipment({ router, sqlite, seed: SEED, assets: ASSETS, queries: QUERIES });
    console.log(
      [
        `${'Equipment (ms per call)'.padEnd(44)}${'median'.padStart(10)}${'p95'.padStart(10)}`,
        ...equipmentLines(equipment, shortStatLine),
        ...equipmentChecks(equipment).map(checkLine),
      ].join('\n'),
    );
    await app.close();
    if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const load = loadPeopleAndHistory(sqlite, SEED, PEOPLE, history);
  if (ONLY_GRADUATES) {
    const graduates = await measureGraduates({ router, sqlite, seed: SEED, people: PEOPLE, today });
    const checks = graduateChecks(graduates);
    console.log(
      [
        `${'Graduates (ms)'.padEnd(44)}${'median'.padStart(10)}${'p95'.padStart(10)}`,
        ...graduateLines(graduates, shortStatLine),
        ...checks.map(checkLine),
      ].join('\n'),
    );
    mergeGraduateResults(args.out, graduates, checks);
    log(`updated the graduates part of ${args.out}`);
    await app.close();
    if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  if (ONLY_ATTENDANCE) {
    const attendance = await measureAttendance({
      router,
      sqlite,
      people: ATTENDANCE_PEOPLE,
      saves: ATTENDANCE_SAVES,
      today,
    });
    console.log(
      [
        `${'Attendance (ms per call)'.padEnd(44)}${'median'.padStart(10)}${'p95'.padStart(10)}`,
        ...attendanceLines(attendance, shortStatLine),
      ].join('\n'),
    );
    await app.close();
    if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
    return;
  }

  const enrol = await measureEnrolment({
    router,
    sqlite,
    clock,
    seed: SEED,
    people: PEOPLE,
    enrolments: ENROLMENTS,
    classes: enrolmentClasses,
  });
  markPhase('enrolmentsMeasured');
  const search = await measureSearch(router, sqlite, SEED, QUERIES);
  markPhase('searchesMeasured');
  const clash = await measureClashCheck({
    db: app.handle.db,
    sqlite,
    seed: SEED,
    classes: history,
    checks: CLASH_CHECKS,
  });
  markPhase('clashChecksMeasured');
  // After the clash checks, so that its sessions do not change the timetable they measure.
  const attendance = await measureAttendance({
    router,
    sqlite,
    people: ATTENDANCE_PEOPLE,
    saves: ATTENDANCE_SAVES,
    today,
  });
  markPhase('attendanceMeasured');
  const certificates = await measureCertificates(dataDir, { certificates: CERTIFICATES, files: CERTIFICATE_FILES });
  markPhase('certificatesMeasured');
  const equipment = await measureEquipment({ router, sqlite, seed: SEED, assets: ASSETS, queries: QUERIES });
  markPhase('equipmentMeasured');
  const graduates = await measureGraduates({ router, sqlite, seed: SEED, people: PEOPLE, today });
  markPhase('graduatesMeasured');
  const { size, rows } = measureSizeAndRows(sqlite, dataDir);
  const memory = measureMemory();

  await app.close();
  if (!args.keep) rmSync(dataDir, { recursive: true, force: true });

  const figures = {
    people: PEOPLE,
    seed: SEED,
    sqliteVersion,
    options: {
      enrolments: ENROLMENTS,
      queriesPerCategory: QUERIES,
      warmupEnrolments: WARMUP_ENROLMENTS,
      warmupQueries: WARMUP_QUERIES,
      clashChecks: CLASH_CHECKS,
      attendanceSaves: ATTENDANCE_SAVES,
      warmupAttendanceSaves: WARMUP_SAVES,
      certificates: CERTIFICATES,
      certificateFiles: CERTIFICATE_FILES,
      assets: ASSETS,
    },
    load,
    enrol,
    attendance,
    certificates,
    equipment,
    graduates,
    search,
    clash,
    size,
    rows,
    memory,
  };
  const checks = checkTargets(figures);
  printReport(figures, checks);
  writeResults(args.out, figures, checks, { started, dataDir, keep: args.keep });
  log(`wrote ${args.out}${args.keep ? `; kept ${dataDir}` : ''}`);
}

function shortStatLine(label: string, stats: Stats): string {
  return `${label.padEnd(44)}${stats.median.toFixed(3).padStart(10)}${stats.p95.toFixed(3).padStart(10)}`;
}

void main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
