import { z } from 'zod';
import type { WrittenFile } from './enrolments';
import { ADMIN, method } from './define';

export interface BackupInfo {
  fileName: string;
  /** daily: the first start of a BLK day; manual: on demand; migration: before a schema change. */
  kind: 'daily' | 'manual' | 'migration';
  takenAt: string;
  sizeBytes: number;
}

export interface BackupContents extends BackupInfo {
  /** 'ok', or what PRAGMA integrity_check found wrong (such a copy cannot be restored). */
  integrity: string;
  counts: { participants: number; classes: number; certificates: number };
}

const backupFile = z.object({ fileName: z.string().min(1).max(200) });

export const backupsContract = {
  /** Copies kept in backups/ under the data dir, newest first. */
  'backups.list': method<BackupInfo[]>()({ input: z.object({}), access: ADMIN, writes: false }),
  /** A verified copy now (integrity-checked before it gets its name). */
  'backups.create': method<BackupInfo>()({ input: z.object({}), access: ADMIN, writes: false }),
  /**
   * A verified copy of the database (which holds the certificate signing key) and the certificate
   * images into a new folder inside the one the admin picks, e.g. on a USB stick; null if cancelled.
   */
  /** What a backup holds, read from the copy without changing it. */
  'backups.inspect': method<BackupContents>()({ input: backupFile, access: ADMIN, writes: false }),
  /**
   * Restores a backup: it is checked and staged, and the app restarts at once; the start backs up
   * the current database, checks the copy again and puts it in place (a bad copy changes nothing).
   */
  'backups.restore': method<{ restarting: true }>()({ input: backupFile, access: ADMIN, writes: false }),
  /**
   * Brings a copy from elsewhere (a USB stick) into the list: main opens a file dialog, checks the
   * file and copies it into backups/, where it can be inspected and restored; null if cancelled.
   */
  'backups.importFile': method<BackupInfo | null>()({ input: z.object({}), access: ADMIN, writes: false }),
  'backups.copyToFolder': method<WrittenFile | null>()({ input: z.object({}), access: ADMIN, writes: false }),
};
