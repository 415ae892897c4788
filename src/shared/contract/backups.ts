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

export const backupsContract = {
  /** Copies kept in backups/ under the data dir, newest first. */
  'backups.list': method<BackupInfo[]>()({ input: z.object({}), access: ADMIN, writes: false }),
  /** A verified copy now (integrity-checked before it gets its name). */
  'backups.create': method<BackupInfo>()({ input: z.object({}), access: ADMIN, writes: false }),
  /**
   * A verified copy of the database (which holds the certificate signing key) and the certificate
   * images into a new folder inside the one the admin picks, e.g. on a USB stick; null if cancelled.
   */
  'backups.copyToFolder': method<WrittenFile | null>()({ input: z.object({}), access: ADMIN, writes: false }),
};
