import { mergeUnique } from '@shared/merge';
import { idleCheckpointer } from './db/checkpoint';
import { dailyBackup } from './db/backups';
import { migrateToLatest } from './db/migrate';
import { applyStagedRestore, DatabaseDamaged, latestGoodBackup, type RestoreOutcome } from './db/restore';
import { type DatabaseHandle, openDatabase } from './db/open';
import { assessmentHandlers } from './features/assessment/handlers';
import { attendanceHandlers } from './features/attendance/handlers';
import { auditHandlers } from './features/audit/handlers';
import { authHandlers } from './features/operators/handlers';
import { operatorsHandlers } from './features/operators/manage';
import { backupsHandlers } from './features/backups/handlers';
import { certificatesHandlers } from './features/certificates/handlers';
import { classesHandlers } from './features/classes/handlers';
import { enrolmentsHandlers } from './features/enrolments/handlers';
import { consumablesHandlers, equipmentHandlers } from './features/equipment/handlers';
import { companiesHandlers } from './features/companies/handlers';
import { dashboardHandlers } from './features/dashboard/handlers';
import { graduatesHandlers } from './features/graduates/handlers';
import { importsHandlers } from './features/imports/handlers';
import { reportsHandlers } from './features/reports/handlers';
import { instructorsHandlers } from './features/instructors/handlers';
import { participantsHandlers } from './features/participants/handlers';
import { placesHandlers } from './features/places/handlers';
import { programsHandlers } from './features/programs/handlers';
import { regionsHandlers } from './features/regions/handlers';
import { sessionsHandlers } from './features/sessions/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { dataPaths, type Platform } from './platform';
import { createRouter, type HandlerTable, type Router } from './router';

/** Every room's handlers in one table; the type fails to compile if a contract method has none. */
export const handlers: HandlerTable = mergeUnique(
  authHandlers,
  settingsHandlers,
  operatorsHandlers,
  auditHandlers,
  regionsHandlers,
  participantsHandlers,
  programsHandlers,
  classesHandlers,
  enrolmentsHandlers,
  placesHandlers,
  instructorsHandlers,
  sessionsHandlers,
  attendanceHandlers,
  assessmentHandlers,
  certificatesHandlers,
  equipmentHandlers,
  consumablesHandlers,
  graduatesHandlers,
  companiesHandlers,
  dashboardHandlers,
  reportsHandlers,
  importsHandlers,
  backupsHandlers,
);

export interface MainApp {
  handle: DatabaseHandle;
  /** Today's backup if this start took it (the first start of the BLK day). */
  startupBackup: string | null;
  /** What this start did with a backup staged for restore, if any. */
  restore: RestoreOutcome | null;
  /** One router per window (each holds its own session). */
  createRouter(): Router;
  close(): Promise<void>;
}

export interface MainAppOptions {
  logError?: (errorId: string, method: string, error: unknown) => void;
}

/** The restored database's own audit log says what happened to it (the old one's is in its copy). */
async function recordRestore(handle: DatabaseHandle, restore: RestoreOutcome, now: Date): Promise<void> {
  await handle.db
    .insertInto('auditLog')
    .values({
      at: now.toISOString(),
      operatorId: null,
      method: 'backups.restore',
      entity: 'backup',
      entityId: null,
      beforeJson: null,
      afterJson: JSON.stringify(restore),
    })
    .execute();
}

const CORRUPTION_CODES: ReadonlySet<unknown> = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * Opens the database and runs quick_check (every page, without the slow index cross-checks): a
 * damaged file is reported with the newest backup that passes its own check, never used.
 */
async function openHealthyDatabase(paths: ReturnType<typeof dataPaths>): Promise<DatabaseHandle> {
  let handle: DatabaseHandle | null = null;
  let health: string;
  try {
    handle = openDatabase(paths.database);
    health = String(handle.sqlite.pragma('quick_check', { simple: true }));
  } catch (error) {
    if (!CORRUPTION_CODES.has((error as { code?: unknown }).code)) throw error;
    health = error instanceof Error ? error.message : String(error);
  }
  if (handle && health === 'ok') return handle;
  await handle?.close();
  throw new DatabaseDamaged(health, latestGoodBackup(paths.backups));
}

async function readTimezone(handle: DatabaseHandle): Promise<string | undefined> {
  const row = await handle.db.selectFrom('settings').select('timezone').executeTakeFirst();
  return row?.timezone;
}

/**
 * Opens the data dir's database, migrates it (backing it up first), takes the day's first backup
 * and serves the contract.
 */
export async function startMainApp(platform: Platform, options: MainAppOptions = {}): Promise<MainApp> {
  const paths = dataPaths(platform.dataDir);
  const restore = await applyStagedRestore(paths.database, paths.backups, platform.now());
  const handle = await openHealthyDatabase(paths);
  const checkpointer = idleCheckpointer(handle.sqlite);
  try {
    await migrateToLatest(handle, paths.backups, platform.now());
  } catch (error) {
    await handle.close();
    throw error;
  }
  if (restore) await recordRestore(handle, restore, platform.now());
  let startupBackup: string | null = null;
  try {
    startupBackup = await dailyBackup(handle.sqlite, paths.backups, platform.now(), await readTimezone(handle));
  } catch (error) {
    // A full or read-only disk must not keep the desk from working; the log says why.
    options.logError?.('startup-backup', 'backups.daily', error);
  }
  return {
    handle,
    startupBackup,
    restore,
    createRouter: () =>
      createRouter({
        db: handle.db,
        platform,
        handlers,
        afterWrite: checkpointer.afterWrite,
        ...(options.logError ? { logError: options.logError } : {}),
      }),
    close: () => {
      checkpointer.stop();
      return handle.close();
    },
  };
}
