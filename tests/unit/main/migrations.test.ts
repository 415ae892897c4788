import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { openDatabase } from '../../../src/main/db/open';

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
