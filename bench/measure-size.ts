/** Database size on disk (per table and index, from `dbstat`) and rows per table, at the end of the run. */
import { existsSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { dataPaths } from '../src/main/platform';

export interface SizeFigures {
  dbMB: number;
  walMB: number;
  pageSize: unknown;
  /** Largest first. */
  byObjectMB: Record<string, number>;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

export function measureSizeAndRows(sqlite: BetterSqlite3.Database, dataDir: string) {
  // Checkpointed first, so the figure is the database itself rather than whatever the WAL holds.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const dbFile = dataPaths(dataDir).database;
  const tables = sqlite
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all()
    .map(({ name }) => name);
  const rows: Record<string, number> = {};
  for (const name of tables) {
    rows[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  const objects = sqlite
    .prepare<[], { name: string; bytes: number }>(
      `SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC`,
    )
    .all();
  const size: SizeFigures = {
    dbMB: mb(sizeOf(dbFile)),
    walMB: mb(sizeOf(`${dbFile}-wal`)),
    pageSize: sqlite.pragma('page_size', { simple: true }),
    byObjectMB: Object.fromEntries(objects.map((object) => [object.name, mb(object.bytes)])),
  };
  return { size, rows };
}
