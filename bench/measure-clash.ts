/**
 * Clash check: the query every timetable edit runs before it writes (`findClashes` of
 * features/sessions/clashes.ts), for one new session against ten years of timetable. The
 * history classes get a session every weekday morning and afternoon in a workshop with two
 * instructors, allocated so that nothing clashes (the triggers would refuse it); then random
 * new sessions (any weekday of the ten years, any room, one or two instructors) are checked.
 */
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../src/main/db/schema';
import { findClashes, type SessionSlot } from '../src/main/features/sessions/clashes';
import type { HistoryClass } from './load';
import { type Stats, forceGc, gcBetween, log, summarize } from './stats';
import { int, mulberry32 } from './synthetic';

export const WARMUP_CLASH_CHECKS = 200;
const ROOMS = 10;
const INSTRUCTORS = 24;
/** A day of a history class: 4 JP before lunch, 4 after. */
const DAY_SLOTS = [
  ['07:30', '10:30'],
  ['11:30', '14:30'],
] as const;

export interface ClashFigures {
  sessions: number;
  sessionInstructors: number;
  firstDate: string;
  lastDate: string;
  loadMs: number;
  checks: number;
  warmup: number;
  /** Share of checked sessions that found at least one clash. */
  withClash: number;
  clashCheck: Stats;
  gcInLoop: { count: number; totalMs: number };
}

const DAY_MS = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const isWeekday = (time: number) => {
  const day = new Date(time).getUTCDay();
  return day !== 0 && day !== 6;
};

/** Rooms, instructors and the history classes' sessions, straight into SQLite; returns the session count. */
function loadTimetable(sqlite: BetterSqlite3.Database, classes: readonly HistoryClass[]) {
  const at = '2026-06-15T01:00:00.000Z';
  const roomIds: number[] = [];
  const instructorIds: number[] = [];
  sqlite.transaction(() => {
    const room = sqlite.prepare(
      `INSERT INTO rooms (name, trade, capacity, active, created_at, updated_at) VALUES (?, '', 20, 1, ?, ?)`,
    );
    for (let index = 1; index <= ROOMS; index++)
      roomIds.push(Number(room.run(`BENCH Workshop ${index}`, at, at).lastInsertRowid));
    const instructor = sqlite.prepare(
      `INSERT INTO instructors (nik, full_name, phone, employer_kind, employer_name, active, created_at, updated_at)
       VALUES (?, ?, '081200000000', 'blk', '', 1, ?, ?)`,
    );
    for (let index = 1; index <= INSTRUCTORS; index++) {
      const nik = `64010101018${String(index).padStart(5, '0')}`;
      instructorIds.push(Number(instructor.run(nik, `Instruktur Bench ${index}`, at, at).lastInsertRowid));
    }
  })();

  // Greedy: each class (by start) takes the first workshop and instructors free since their last class ended.
  const roomFreeFrom = new Map(roomIds.map((id) => [id, '']));
  const instructorFreeFrom = new Map(instructorIds.map((id) => [id, '']));
  const insertSession = sqlite.prepare(
    `INSERT INTO sessions (class_id, date, start_time, end_time, jp, room_id, created_at, updated_at) VALUES (?, ?, ?, ?, 4, ?, ?, ?)`,
  );
  const link = sqlite.prepare(`INSERT INTO session_instructors (session_id, instructor_id) VALUES (?, ?)`);
  let sessions = 0;
  let links = 0;
  sqlite.transaction(() => {
    for (const klass of [...classes].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
      const roomId = roomIds.find((id) => (roomFreeFrom.get(id) ?? '') < klass.startDate);
      const teachers = instructorIds.filter((id) => (instructorFreeFrom.get(id) ?? '') < klass.startDate).slice(0, 2);
      if (roomId === undefined || teachers.length < 2)
        throw new Error(`bench: no free workshop or instructors for ${klass.name}`);
      roomFreeFrom.set(roomId, klass.endDate);
      for (const id of teachers) instructorFreeFrom.set(id, klass.endDate);
      const end = Date.parse(`${klass.endDate}T00:00:00Z`);
      for (let day = Date.parse(`${klass.startDate}T00:00:00Z`); day <= end; day += DAY_MS) {
        if (!isWeekday(day)) continue;
        for (const [start, finish] of DAY_SLOTS) {
          const sessionId = insertSession.run(klass.id, iso(day), start, finish, roomId, at, at).lastInsertRowid;
          sessions++;
          for (const id of teachers) {
            link.run(sessionId, id);
            links++;
          }
        }
      }
    }
  })();
  return { sessions, links, roomIds, instructorIds };
}

export async function measureClashCheck(options: {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  seed: number;
  classes: readonly HistoryClass[];
  checks: number;
}): Promise<ClashFigures> {
  const { db, sqlite, seed, classes, checks } = options;
  const loadStart = performance.now();
  const { sessions, links, roomIds, instructorIds } = loadTimetable(sqlite, classes);
  const loadMs = Math.round(performance.now() - loadStart);
  const span = sqlite.prepare('SELECT min(date) AS first, max(date) AS last FROM sessions').get() as {
    first: string;
    last: string;
  };
  log(
    `clash check: ${sessions.toLocaleString('en')} sessions from ${span.first} to ${span.last} loaded in ${loadMs} ms`,
  );

  const random = mulberry32(seed ^ 0xc1a5);
  const firstDay = Date.parse(`${span.first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${span.last}T00:00:00Z`) - firstDay) / DAY_MS);
  const slot = (): SessionSlot => {
    let day = firstDay + int(random, 0, days) * DAY_MS;
    while (!isWeekday(day)) day += DAY_MS;
    const start = int(random, 28, 64) * 15; // 07:00 to 16:00
    const length = int(random, 1, 8) * 45;
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const teachers = [instructorIds[int(random, 0, instructorIds.length - 1)] ?? 0];
    if (random() < 0.5) teachers.push(instructorIds[int(random, 0, instructorIds.length - 1)] ?? 0);
    return {
      classId: classes[int(random, 0, classes.length - 1)]?.id ?? 0,
      date: iso(day),
      startTime: clock(start),
      endTime: clock(Math.min(start + length, 23 * 60 + 59)),
      roomId: roomIds[int(random, 0, roomIds.length - 1)] ?? null,
      mtuSiteId: null,
      instructorIds: [...new Set(teachers)],
    };
  };
  const warmup = Array.from({ length: WARMUP_CLASH_CHECKS }, slot);
  const measured = Array.from({ length: checks }, slot);
  for (const candidate of warmup) await findClashes(db, candidate, null);

  forceGc();
  const timings = new Float64Array(checks);
  let withClash = 0;
  const loopStart = performance.now();
  for (let index = 0; index < checks; index++) {
    const started = performance.now();
    const found = await findClashes(db, measured[index] as SessionSlot, null);
    timings[index] = performance.now() - started;
    if (found.length > 0) withClash++;
  }
  const gcInLoop = await gcBetween(loopStart, performance.now());
  return {
    sessions,
    sessionInstructors: links,
    firstDate: span.first,
    lastDate: span.last,
    loadMs,
    checks,
    warmup: WARMUP_CLASH_CHECKS,
    withClash: Math.round((withClash / checks) * 100) / 100,
    clashCheck: summarize(timings),
    gcInLoop,
  };
}
