import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { openDatabase } from '../../../src/main/db/open';
import { readClass } from '../../../src/main/features/classes/queries';
import { readProgram } from '../../../src/main/features/programs/queries';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-migrate-'));
  dirs.push(dir);
  return dir;
}

const names = Object.keys(migrations);

describe('migrations', () => {
  it('opens with WAL, full sync, foreign keys and a busy timeout', async () => {
    const handle = openDatabase(join(tempDir(), 'pelita.db'));
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(handle.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await handle.close();
  });

  it('creates a new database without a backup (nothing to lose)', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    const outcome = await migrateToLatest(handle, join(dir, 'backups'));
    expect(outcome).toEqual({ applied: names, backupPath: null });
    expect(await migrateToLatest(handle, join(dir, 'backups'))).toEqual({ applied: [], backupPath: null });
    await handle.close();
  });

  it.each(names.map((name, index) => [name, index] as const))(
    'migrates a database created at the version before %s, backing it up first',
    async (name, index) => {
      const dir = tempDir();
      const file = join(dir, 'pelita.db');
      const handle = openDatabase(file);
      const previous = names[index - 1];
      if (previous) await migrateTo(handle, previous);
      // Something to lose: the copy must hold it.
      handle.sqlite.exec(
        "CREATE TABLE IF NOT EXISTS precious (value TEXT) STRICT; INSERT INTO precious VALUES ('kept')",
      );
      const outcome = await migrateToLatest(handle, join(dir, 'backups'));
      expect(outcome.applied[0]).toBe(name);
      expect(outcome.backupPath && existsSync(outcome.backupPath)).toBeTruthy();
      const copy = new BetterSqlite3(outcome.backupPath ?? '', { readonly: true });
      expect(copy.prepare('SELECT value FROM precious').pluck().get()).toBe('kept');
      copy.close();
      expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
      await handle.close();
    },
  );

  it('declares every table STRICT', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateToLatest(handle, join(dir, 'backups'));
    const tables = handle.sqlite
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'participants_fts%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((table) => table.strict !== 1)).toEqual([]);
    await handle.close();
  });
});

describe('0002: programme units, places and instructors', () => {
  it('keeps the data of a 0001 database and gives programmes the default attendance and JP minutes', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateTo(handle, '0001_initial');
    const at = '2026-11-01T02:00:00.000Z';
    handle.sqlite
      .prepare(
        `INSERT INTO programs (id, code, name, trade, total_jp, description, min_age, max_age, min_education,
          domicile_regency_code, not_in_school, not_working, no_overlap, once_per_year, created_at, updated_at)
         VALUES (1, 'OPK', 'Operator Komputer', 'TI', 240, 'Lama', 17, 35, 'SMA', '6401', 1, 0, 1, 1, ?, ?)`,
      )
      .run(at, at);
    handle.sqlite
      .prepare(
        `INSERT INTO classes (id, program_id, name, quota, start_date, end_date, status, created_at, updated_at)
         VALUES (1, 1, 'OPK Angkatan 1', 16, '2026-12-01', '2027-01-15', 'open', ?, ?)`,
      )
      .run(at, at);
    handle.sqlite
      .prepare(
        `INSERT INTO participants (id, nik, full_name, birth_place, birth_date, sex, phone, education, activity,
          created_at, updated_at)
         VALUES (1, '6401051203000001', 'Budi Santoso', 'Tanah Grogot', '2000-03-12', 'L', '081234567890', 'SMK',
          'not_working', ?, ?)`,
      )
      .run(at, at);
    handle.sqlite
      .prepare(
        `INSERT INTO enrolments (id, registration_no, participant_id, class_id, status, created_at, updated_at)
         VALUES (1, 'PND-2026-00001', 1, 1, 'registered', ?, ?)`,
      )
      .run(at, at);
    const snapshot = (table: string) => handle.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
    const before = Object.fromEntries(
      ['classes', 'participants', 'enrolments'].map((table) => [table, snapshot(table)] as const),
    );
    const programBefore = snapshot('programs') as Record<string, unknown>[];

    await migrateTo(handle, '0002_programme_units_places_instructors');
    for (const [table, rows] of Object.entries(before)) expect(snapshot(table)).toEqual(rows);
    expect(snapshot('programs')).toEqual(
      programBefore.map((row) => ({ ...row, min_attendance_pct: 80, jp_minutes: 45 })),
    );
    expect(await readProgram(handle.db, 1)).toMatchObject({
      code: 'OPK',
      totalJp: 240,
      rules: { minAge: 17, maxAge: 35, minEducation: 'SMA', domicileRegencyCode: '6401', notInSchool: true },
      minAttendancePct: 80,
      jpMinutes: 45,
      units: [],
      classCount: 1,
    });
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    await handle.close();
  });

  it('enforces the new tables’ rules in SQL as well', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateToLatest(handle, join(dir, 'backups'));
    const run = (statement: string) => () => handle.sqlite.exec(statement);
    const at = "'2026-11-23'";
    expect(run(`INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES ('Lab', 0, ${at}, ${at})`)).toThrow(
      /CHECK/,
    );
    run(`INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES ('Lab', 16, ${at}, ${at})`)();
    expect(run(`INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES ('LAB', 16, ${at}, ${at})`)).toThrow(
      /UNIQUE/,
    );
    expect(
      run(`INSERT INTO instructors (nik, full_name, phone, employer_kind, employer_name, created_at, updated_at)
        VALUES ('6401051506850001', 'A', '081234567890', 'partner', ' ', ${at}, ${at})`),
    ).toThrow(/CHECK/);
    expect(
      run(`INSERT INTO instructors (nik, full_name, phone, employer_kind, created_at, updated_at)
        VALUES ('64010515068500', 'A', '081234567890', 'blk', ${at}, ${at})`),
    ).toThrow(/CHECK/);
    run(`INSERT INTO instructors (id, nik, full_name, phone, employer_kind, created_at, updated_at)
      VALUES (1, '6401051506850001', 'A', '081234567890', 'blk', ${at}, ${at})`)();
    expect(
      run(`INSERT INTO instructor_certificates (instructor_id, kind, number, issuer, issued_on, expires_on)
        VALUES (1, 'competency', 'X', 'Y', '2026-01-01', '2025-01-01')`),
    ).toThrow(/CHECK/);
    expect(
      run(`INSERT INTO programs (code, name, trade, total_jp, jp_minutes, created_at, updated_at)
        VALUES ('AB', 'B', 'C', 10, 90, ${at}, ${at})`),
    ).toThrow(/CHECK/);
    await handle.close();
  });
});

describe('0003: class funding, place, minimum to open and instructors', () => {
  it('keeps the classes of a 0002 database as APBN-funded, without place or instructors', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateTo(handle, '0002_programme_units_places_instructors');
    const at = '2026-11-01T02:00:00.000Z';
    handle.sqlite
      .prepare(
        `INSERT INTO programs (id, code, name, trade, total_jp, created_at, updated_at)
         VALUES (1, 'OPK', 'Operator Komputer', 'TI', 240, ?, ?)`,
      )
      .run(at, at);
    const insertClass = handle.sqlite.prepare(
      `INSERT INTO classes (id, program_id, name, quota, start_date, end_date, status, created_at, updated_at)
       VALUES (?, 1, ?, ?, '2026-12-01', '2027-01-15', 'open', ?, ?)`,
    );
    insertClass.run(1, 'OPK Angkatan 1', 16, at, at);
    insertClass.run(2, 'OPK Kecil', 6, at, at);
    const before = handle.sqlite.prepare('SELECT * FROM classes ORDER BY id').all() as Record<string, unknown>[];

    const outcome = await migrateToLatest(handle, join(dir, 'backups'));
    expect(outcome.applied[0]).toBe('0003_class_funding_place_instructors');
    expect(handle.sqlite.prepare('SELECT * FROM classes ORDER BY id').all()).toEqual(
      before.map((row) => ({
        ...row,
        funding_source: 'apbn',
        sponsor_name: '',
        room_id: null,
        mtu_site_id: null,
        min_to_open: row.id === 1 ? 10 : 6,
      })),
    );
    expect(await readClass(handle.db, 1, '2026-11-23')).toMatchObject({
      fundingSource: 'apbn',
      sponsorName: '',
      place: null,
      instructors: [],
      minToOpen: 10,
      belowMinimum: true,
    });
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    await handle.close();
  });

  it('enforces funding, place and class instructor rules in SQL as well', async () => {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateToLatest(handle, join(dir, 'backups'));
    const run = (statement: string) => () => handle.sqlite.exec(statement);
    const at = "'2026-11-23'";
    run(`INSERT INTO programs (id, code, name, trade, total_jp, created_at, updated_at)
      VALUES (1, 'OPK', 'Operator Komputer', 'TI', 240, ${at}, ${at})`)();
    run(`INSERT INTO rooms (id, name, capacity, created_at, updated_at) VALUES (1, 'Lab', 16, ${at}, ${at})`)();
    run(`INSERT INTO mtu_sites (id, name, village, district, created_at, updated_at)
      VALUES (1, 'Balai Desa', 'Lori', 'Kuaro', ${at}, ${at})`)();
    const klass = (id: number, columns: string, values: string) =>
      run(`INSERT INTO classes (id, program_id, name, start_date, end_date, status, created_at, updated_at${columns})
        VALUES (${id}, 1, 'K${id}', '2026-12-01', '2027-01-15', 'open', ${at}, ${at}${values})`);
    expect(klass(1, ', funding_source', ", 'hibah'")).toThrow(/CHECK/);
    expect(klass(1, ', funding_source', ", 'dana_desa'")).toThrow(/CHECK/);
    expect(klass(1, ', funding_source, sponsor_name', ", 'company', '  '")).toThrow(/CHECK/);
    expect(klass(1, ', room_id, mtu_site_id', ', 1, 1')).toThrow(/CHECK/);
    expect(klass(1, ', room_id', ', 2')).toThrow(/FOREIGN KEY/);
    expect(klass(1, ', min_to_open', ', 0')).toThrow(/CHECK/);
    klass(1, ', funding_source, sponsor_name, mtu_site_id', ", 'dana_desa', 'Desa Lori', 1")();
    run(`INSERT INTO instructors (id, nik, full_name, phone, employer_kind, created_at, updated_at)
      VALUES (1, '6401051506850001', 'A', '081234567890', 'blk', ${at}, ${at})`)();
    expect(run(`INSERT INTO class_instructors (class_id, instructor_id, role) VALUES (1, 1, 'boss')`)).toThrow(/CHECK/);
    expect(run(`INSERT INTO class_instructors (class_id, instructor_id, role) VALUES (1, 2, 'lead')`)).toThrow(
      /FOREIGN KEY/,
    );
    run(`INSERT INTO class_instructors (class_id, instructor_id, role) VALUES (1, 1, 'lead')`)();
    expect(run(`INSERT INTO class_instructors (class_id, instructor_id, role) VALUES (1, 1, 'assistant')`)).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    await handle.close();
  });
});

describe('0005: sessions, attendance, results and BNSP tests', () => {
  async function migratedWithClasses() {
    const dir = tempDir();
    const handle = openDatabase(join(dir, 'pelita.db'));
    await migrateTo(handle, '0004_participant_name_words');
    const at = '2026-11-01T17:30:00.000Z';
    handle.sqlite.exec(`
      INSERT INTO operators (id, username, full_name, role, password_hash, created_at)
        VALUES (1, 'admin', 'Admin', 'admin', 'scrypt$x', '${at}');
      INSERT INTO programs (id, code, name, trade, total_jp, created_at, updated_at)
        VALUES (1, 'OPK', 'Operator Komputer', 'TI', 240, '${at}', '${at}'),
               (2, 'LAS', 'Las', 'Las', 240, '${at}', '${at}');
      INSERT INTO competency_units (id, program_id, position, code, title, jp)
        VALUES (1, 1, 1, 'J.1', 'Satu', 240), (2, 2, 1, 'L.1', 'Las', 240);
      INSERT INTO rooms (id, name, capacity, created_at, updated_at) VALUES (1, 'Lab', 16, '${at}', '${at}');
      INSERT INTO instructors (id, nik, full_name, phone, employer_kind, created_at, updated_at)
        VALUES (1, '6401051506850001', 'Bu Rina', '081234567890', 'blk', '${at}', '${at}');
      INSERT INTO classes (id, program_id, name, quota, start_date, end_date, status, created_at, updated_at)
        VALUES (1, 1, 'OPK 1', 16, '2026-11-02', '2026-12-20', 'running', '${at}', '${at}'),
               (2, 2, 'LAS 1', 16, '2026-11-02', '2026-12-20', 'running', '${at}', '${at}');
      INSERT INTO participants (id, nik, full_name, birth_place, birth_date, sex, phone, education, activity,
          created_at, updated_at)
        VALUES (1, '6401051203000001', 'Budi Santoso', 'Tanah Grogot', '2000-03-12', 'L', '081234567890', 'SMK',
          'not_working', '${at}', '${at}');
      INSERT INTO enrolments (id, registration_no, participant_id, class_id, status, created_at, updated_at)
        VALUES (1, 'PND-2026-00001', 1, 1, 'in_training', '${at}', '${at}');
    `);
    await migrateToLatest(handle, join(dir, 'backups'));
    return handle;
  }

  const session = (id: number, klass: number, times: string, place = 'NULL') => {
    const [start, end] = times.split('-');
    return `INSERT INTO sessions (id, class_id, date, start_time, end_time, jp, room_id, created_at, updated_at)
      VALUES (${id}, ${klass}, '2026-11-23', '${start}', '${end}', 2, ${place}, 'x', 'x')`;
  };

  it('dates existing enrolments from their BLK day of creation (WITA)', async () => {
    const handle = await migratedWithClasses();
    // 17:30 UTC on 1 November is 01:30 on 2 November in Paser.
    expect(handle.sqlite.prepare('SELECT joined_on FROM enrolments').pluck().get()).toBe('2026-11-02');
    await handle.close();
  });

  it('refuses overlapping sessions of a class, a room or an instructor in SQL; touching is fine', async () => {
    const handle = await migratedWithClasses();
    const run = (statement: string) => () => handle.sqlite.exec(statement);
    run(session(1, 1, '08:00-10:00', '1'))();
    expect(run(session(2, 1, '09:59-12:00'))).toThrow(/SESSION_CLASH/);
    expect(run(session(2, 2, '09:00-11:00', '1'))).toThrow(/SESSION_CLASH/);
    run(session(2, 1, '10:00-12:00', '1'))();
    run(session(3, 2, '08:00-10:00'))();
    run('INSERT INTO session_instructors VALUES (1, 1)')();
    expect(run('INSERT INTO session_instructors VALUES (3, 1)')).toThrow(/SESSION_CLASH/);
    run(session(4, 2, '10:00-11:00'))();
    run('INSERT INTO session_instructors VALUES (4, 1)')();
    // Moving the instructor's later session onto the first one is refused too.
    expect(run("UPDATE sessions SET start_time = '09:00' WHERE id = 4")).toThrow(/SESSION_CLASH/);
    expect(run("UPDATE sessions SET start_time = '12:00', end_time = '11:00' WHERE id = 4")).toThrow(/CHECK/);
    await handle.close();
  });

  it('keeps attendance and results within the trainee’s class and programme, and BNSP expiry at three years', async () => {
    const handle = await migratedWithClasses();
    const run = (statement: string) => () => handle.sqlite.exec(statement);
    run(session(1, 1, '08:00-10:00'))();
    run(session(2, 2, '08:00-10:00'))();
    run("INSERT INTO attendance VALUES (1, 1, 'H', 1, 'x')")();
    expect(run("INSERT INTO attendance VALUES (2, 1, 'H', 1, 'x')")).toThrow(/NOT_IN_CLASS/);
    expect(run("INSERT INTO attendance VALUES (1, 1, 'X', 1, 'x')")).toThrow(/CHECK|UNIQUE|PRIMARY/);
    run("INSERT INTO unit_results VALUES (1, 1, 'competent', '2026-11-23', 'Bu Rina', 1, 'x')")();
    expect(run("INSERT INTO unit_results VALUES (1, 2, 'competent', '2026-11-23', 'Bu Rina', 1, 'x')")).toThrow(
      /UNIT_NOT_IN_PROGRAM/,
    );
    const bnsp = (values: string) =>
      run(`INSERT INTO bnsp_tests (enrolment_id, tested_on, result, lsp_name, certificate_no, issued_on, expires_on,
        operator_id, updated_at) VALUES (1, ${values}, 1, 'x')`);
    expect(bnsp("'2026-11-20', 'competent', 'LSP P1', '', NULL, NULL")).toThrow(/CHECK/);
    expect(bnsp("'2026-11-20', 'competent', 'LSP P1', 'NO-1', '2026-11-25', '2029-11-26'")).toThrow(/CHECK/);
    expect(bnsp("'2026-11-20', 'competent', 'LSP P1', 'NO-1', '2026-11-19', '2029-11-19'")).toThrow(/CHECK/);
    bnsp("'2026-11-20', 'competent', 'LSP P1', 'NO-1', '2026-11-25', '2029-11-25'")();
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    await handle.close();
  });
});
