/**
 * Restoring a backup without swapping a database under a running app: the chosen copy is checked
 * and staged next to the database, and the next start (the app relaunches at once) backs up the
 * current database, checks the staged copy again and only then puts it in place. A copy that fails
 * its check is set aside and the current data stays exactly as it was.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { checkIntegrity, listBackups, stampedBackupName, takeBackup } from './backups';

export const stagedPath = (database: string) => `${database}.restore`;

export class RestoreCheckFailed extends Error {
  constructor(readonly result: string) {
    super(`The backup failed its integrity check: ${result}`);
    this.name = 'RestoreCheckFailed';
  }
}

/** Checks `backupPath` and places a copy where the next start picks it up. */
export function stageRestore(backupPath: string, database: string): void {
  const result = checkIntegrity(backupPath);
  if (result !== 'ok') throw new RestoreCheckFailed(result);
  const staged = stagedPath(database);
  const temp = `${staged}.tmp`;
  try {
    copyFileSync(backupPath, temp);
    renameSync(temp, staged);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Keeps the database being replaced: a verified copy in backups/, or, when it is too damaged to
 * copy (the start-up check failed), the file itself moved there as it is.
 */
async function setCurrentAside(database: string, backupsDir: string, now: Date): Promise<string> {
  try {
    const current = new BetterSqlite3(database);
    try {
      const saved = await takeBackup(current, backupsDir, stampedBackupName('before-restore', now));
      // Folds the WAL into the file so that no -wal of the old database outlives the swap.
      current.pragma('wal_checkpoint(TRUNCATE)');
      return basename(saved);
    } finally {
      current.close();
    }
  } catch {
    mkdirSync(backupsDir, { recursive: true });
    // Not *.db: never offered for restore.
    const damaged = join(backupsDir, `pelita-damaged-${now.toISOString().replace(/[:.]/g, '-')}.damaged`);
    renameSync(database, damaged);
    return basename(damaged);
  }
}

export type RestoreOutcome =
  { applied: true; previousSavedAs: string | null } | { applied: false; reason: string; setAsideAs: string };

/**
 * Before the database opens: puts a staged backup in place (the current database copied to
 * backups/ first), or sets a bad one aside. Null when nothing was staged.
 */
export async function applyStagedRestore(
  database: string,
  backupsDir: string,
  now: Date,
): Promise<RestoreOutcome | null> {
  const staged = stagedPath(database);
  if (!existsSync(staged)) return null;
  const result = checkIntegrity(staged);
  if (result !== 'ok') {
    const setAsideAs = `${staged}.failed-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(staged, setAsideAs);
    return { applied: false, reason: result, setAsideAs: basename(setAsideAs) };
  }
  const previousSavedAs = existsSync(database) ? await setCurrentAside(database, backupsDir, now) : null;
  for (const leftover of [`${database}-wal`, `${database}-shm`]) rmSync(leftover, { force: true });
  renameSync(staged, database);
  return { applied: true, previousSavedAs };
}

/** The database failed its start-up check; `latestGoodBackup` is the newest copy that passes. */
export class DatabaseDamaged extends Error {
  constructor(
    readonly result: string,
    readonly latestGoodBackup: { path: string; takenAt: Date } | null,
  ) {
    super(`The database failed its start-up check: ${result}`);
    this.name = 'DatabaseDamaged';
  }
}

/** The newest backup (by file time) whose integrity check passes, or null. */
export function latestGoodBackup(backupsDir: string): { path: string; takenAt: Date } | null {
  const candidates = listBackups(backupsDir)
    .map(({ fileName }) => {
      const path = join(backupsDir, fileName);
      return { path, takenAt: statSync(path).mtime };
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  return candidates.find((candidate) => checkIntegrity(candidate.path) === 'ok') ?? null;
}
