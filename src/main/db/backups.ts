/**
 * Copies of the database in backups/: taken with SQLite's online backup (consistent while the app
 * runs), written under a temporary name, checked with `PRAGMA integrity_check` and only then given
 * their real name, so a file named like a backup is always a good one.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { todayIn } from '@shared/time';
import type { Database } from './schema';

export type BackupKind = 'daily' | 'manual' | `before-${string}`;

/** Backups in the folder, newest first: pelita-<kind>-<stamp>.db (never temp files). */
export function listBackups(dir: string): { fileName: string; kind: 'daily' | 'manual' | 'migration' }[] {
  return listFiles(dir)
    .filter((name) => name.startsWith('pelita-') && name.endsWith('.db'))
    .map((fileName) => ({
      fileName,
      kind: fileName.startsWith('pelita-daily-')
        ? ('daily' as const)
        : fileName.startsWith('pelita-manual-')
          ? ('manual' as const)
          : ('migration' as const),
    }));
}

/** A daily backup is named by the BLK day it was taken on: pelita-daily-2026-11-23.db */
const DAILY_FILE = /^pelita-daily-(\d{4}-\d{2}-\d{2})\.db$/;
export const DAILY_BACKUPS_KEPT = 7;
export const MONTHLY_BACKUPS_KEPT = 12;

export class BackupCheckFailed extends Error {
  constructor(
    readonly path: string,
    readonly result: string,
  ) {
    super(`The backup copy failed its integrity check: ${result}`);
    this.name = 'BackupCheckFailed';
  }
}

/**
 * Runs `PRAGMA integrity_check` on a database file without changing it: 'ok' when sound,
 * otherwise what is wrong (also when the file is no database at all).
 */
export function checkIntegrity(file: string): string {
  let copy: BetterSqlite3.Database | null = null;
  try {
    copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const rows = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy?.close();
  }
}

/**
 * Whatever can copy the open database to a path: better-sqlite3's online backup, or a service's
 * `VACUUM INTO` through Kysely (handlers have no raw connection).
 */
export interface DatabaseCopier {
  backup(path: string): Promise<unknown>;
}

/** Copies through SQL: consistent like the online backup, and compacted. */
export function vacuumCopier(db: Kysely<Database>): DatabaseCopier {
  return { backup: (path) => sql`VACUUM INTO ${path}`.execute(db) };
}

/** Takes a verified copy to `dir/fileName`; the temp file never survives a failure. */
export async function takeBackup(sqlite: DatabaseCopier, dir: string, fileName: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, fileName);
  const temp = join(dir, `.${fileName}.tmp`);
  try {
    await sqlite.backup(temp);
    const result = checkIntegrity(temp);
    if (result !== 'ok') throw new BackupCheckFailed(target, result);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}

/** A file name for a one-off backup: the kind and the UTC instant, safe on Windows. */
export function stampedBackupName(kind: BackupKind, now: Date): string {
  return `pelita-${kind}-${now.toISOString().replace(/[:.]/g, '-')}.db`;
}

/**
 * Which daily backups to keep: the newest seven, and the newest of each of the last twelve months
 * that have one. Everything else is returned for deletion; other kinds of backup are never touched.
 */
export function dailyBackupsToDelete(fileNames: readonly string[]): string[] {
  const dated = fileNames
    .map((name) => ({ name, day: DAILY_FILE.exec(name)?.[1] }))
    .filter((entry): entry is { name: string; day: string } => entry.day !== undefined)
    .sort((a, b) => b.day.localeCompare(a.day));
  const keep = new Set(dated.slice(0, DAILY_BACKUPS_KEPT).map((entry) => entry.name));
  const months = new Set<string>();
  for (const entry of dated) {
    const month = entry.day.slice(0, 7);
    if (months.has(month)) continue;
    if (months.size === MONTHLY_BACKUPS_KEPT) break;
    months.add(month);
    keep.add(entry.name);
  }
  return dated.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
}

/**
 * At start: one verified backup per BLK day, then rotation. Null when today's copy already exists
 * or the database holds nothing yet (before first-run setup).
 */
export async function dailyBackup(
  sqlite: BetterSqlite3.Database,
  dir: string,
  now: Date,
  timezone?: string,
): Promise<string | null> {
  const setUp = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get()
    ? sqlite.prepare('SELECT count(*) FROM settings').pluck().get() !== 0
    : false;
  if (!setUp) return null;
  const fileName = `pelita-daily-${todayIn(now, timezone)}.db`;
  const existing = listFiles(dir);
  if (existing.includes(fileName)) return null;
  const path = await takeBackup(sqlite, dir, fileName);
  for (const old of dailyBackupsToDelete([...existing, fileName])) rmSync(join(dir, old), { force: true });
  return path;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
