import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './schema';

export interface DatabaseHandle {
  /** The raw connection: backups, pragmas and benchmarks. Services use `db`. */
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. Reusing the
 * prepared statement per SQL text is safe because Kysely runs one query at a time per connection.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        // Refresh its place so the least recently used statement is the one evicted.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Opens (creating if needed) the database file. WAL with synchronous=FULL so that a committed
 * write survives a power cut at the front desk; foreign keys on; a busy timeout for a second reader.
 */
export function openDatabase(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints normally run when the desk is idle (checkpoint.ts); this is only the backstop.
  sqlite.pragma('wal_autocheckpoint = 4000');
  sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  // Reads straight from the mapped file instead of a syscall and a copy per page: the
  // dashboard's ten years of charts at 500,000 people went from 85 to 45 ms (bench, --only
  // graduates --people 500000). Writes still go through the WAL as before.
  sqlite.pragma(`mmap_size = ${256 * 1024 * 1024}`);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    sqlite,
    db,
    async close() {
      await db.destroy();
    },
  };
}
