import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { stampedBackupName, takeBackup } from './backups';
import type { DatabaseHandle } from './open';
import { migrations } from './migrations';

export interface MigrationOutcome {
  applied: string[];
  /** The copy taken before migrating; null for a new, empty database. */
  backupPath: string | null;
}

function migratorFor(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function hasUserTables(handle: DatabaseHandle): boolean {
  const row = handle.sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

/**
 * Brings the database to the latest schema. When migrations are pending on a database that holds
 * data, a verified copy is taken into `backupsDir` first (see backups.ts).
 */
export async function migrateToLatest(
  handle: DatabaseHandle,
  backupsDir: string,
  now: Date = new Date(),
): Promise<MigrationOutcome> {
  const migrator = migratorFor(handle.db as unknown as Kysely<unknown>);
  const pending = (await migrator.getMigrations()).filter((migration) => !migration.executedAt);
  if (pending.length === 0) return { applied: [], backupPath: null };
  let backupPath: string | null = null;
  if (hasUserTables(handle)) {
    backupPath = await takeBackup(
      handle.sqlite,
      backupsDir,
      stampedBackupName(`before-${pending[0]?.name ?? 'migration'}`, now),
    );
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).map((result) => result.migrationName), backupPath };
}

/** For tests of a migration: stop at a named version. */
export async function migrateTo(handle: DatabaseHandle, name: string): Promise<void> {
  const { error } = await migratorFor(handle.db as unknown as Kysely<unknown>).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
