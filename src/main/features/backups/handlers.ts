import { copyFile, cp, mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupInfo } from '@shared/contract';
import type { backupsContract } from '@shared/contract/backups';
import { DomainError } from '@shared/errors';
import type { HandlerContext, HandlerMap } from '../../context';
import BetterSqlite3 from 'better-sqlite3';
import {
  BackupCheckFailed,
  checkIntegrity,
  type DatabaseCopier,
  listBackups,
  stampedBackupName,
  takeBackup,
  vacuumCopier,
} from '../../db/backups';
import { RestoreCheckFailed, stageRestore } from '../../db/restore';
import { dataPaths } from '../../platform';

/** A stamped copy's own name says when it was taken; a daily one (dated only) its file time. */
const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

async function describe(dir: string, entry: { fileName: string; kind: BackupInfo['kind'] }): Promise<BackupInfo> {
  const info = await stat(join(dir, entry.fileName));
  const stamp = STAMP.exec(entry.fileName);
  const takenAt = stamp ? `${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z` : info.mtime.toISOString();
  return { ...entry, takenAt, sizeBytes: info.size };
}

/** A verified copy, or the clerk's coded error: a bad copy is never kept, a full disk is named. */
async function verifiedCopy(copier: DatabaseCopier, dir: string, fileName: string): Promise<string> {
  try {
    return await takeBackup(copier, dir, fileName);
  } catch (error) {
    if (error instanceof BackupCheckFailed) {
      throw new DomainError('BACKUP_CHECK_FAILED', error.message, { params: { result: error.result } });
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code)
      throw new DomainError('FILE_WRITE_FAILED', `Could not write the backup (${code})`, { params: { reason: code } });
    throw error;
  }
}

/** Only a file the list shows: a name from the renderer never reaches the disk as a path. */
function backupPath(
  ctx: HandlerContext,
  fileName: string,
): { dir: string; entry: { fileName: string; kind: BackupInfo['kind'] } } {
  const dir = dataPaths(ctx.platform.dataDir).backups;
  const entry = listBackups(dir).find((backup) => backup.fileName === fileName);
  if (!entry) throw new DomainError('NOT_FOUND', 'No such backup', { params: { entity: 'backup' } });
  return { dir, entry };
}

/** Rows of a table in a backup that may predate it (an old copy has no certificates table). */
function countRows(copy: BetterSqlite3.Database, table: 'participants' | 'classes' | 'certificates'): number {
  const exists = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? Number(copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get()) : 0;
}

export const backupsHandlers: HandlerMap<keyof typeof backupsContract> = {
  'backups.list': async (ctx) => {
    const dir = dataPaths(ctx.platform.dataDir).backups;
    const all = await Promise.all(listBackups(dir).map((entry) => describe(dir, entry)));
    return all.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  },

  'backups.create': async (ctx) => {
    const dir = dataPaths(ctx.platform.dataDir).backups;
    const path = await verifiedCopy(vacuumCopier(ctx.db), dir, stampedBackupName('manual', ctx.now));
    return describe(dir, { fileName: basename(path), kind: 'manual' });
  },

  'backups.inspect': async (ctx, input) => {
    const { dir, entry } = backupPath(ctx, input.fileName);
    const info = await describe(dir, entry);
    const integrity = checkIntegrity(join(dir, entry.fileName));
    const copy = new BetterSqlite3(join(dir, entry.fileName), { readonly: true, fileMustExist: true });
    try {
      const counts = {
        participants: countRows(copy, 'participants'),
        classes: countRows(copy, 'classes'),
        certificates: countRows(copy, 'certificates'),
      };
      return { ...info, integrity, counts };
    } finally {
      copy.close();
    }
  },

  'backups.restore': async (ctx, input) => {
    const { dir, entry } = backupPath(ctx, input.fileName);
    try {
      stageRestore(join(dir, entry.fileName), dataPaths(ctx.platform.dataDir).database);
    } catch (error) {
      if (error instanceof RestoreCheckFailed) {
        throw new DomainError('BACKUP_CHECK_FAILED', error.message, { params: { result: error.result } });
      }
      throw error;
    }
    await ctx.audit({ entity: 'backup', entityId: null, after: { restoreStaged: entry.fileName } });
    await ctx.platform.relaunch();
    return { restarting: true };
  },

  'backups.importFile': async (ctx) => {
    const source = await ctx.platform.chooseOpenPath({ filters: [{ name: 'Pelita', extensions: ['db'] }] });
    if (source === null) return null;
    const dir = dataPaths(ctx.platform.dataDir).backups;
    // The same verified path as any backup: a temp copy, integrity_check, then its name.
    const fileName = stampedBackupName('manual', ctx.now);
    await verifiedCopy({ backup: (path) => copyFile(source, path) }, dir, fileName);
    return describe(dir, { fileName, kind: 'manual' });
  },

  'backups.copyToFolder': async (ctx) => {
    const parent = await ctx.platform.chooseFolder();
    if (parent === null) return null;
    const folderName = `Pelita-cadangan-${ctx.now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
    const folder = join(parent, folderName);
    await verifiedCopy(vacuumCopier(ctx.db), folder, 'pelita.db');
    const images = dataPaths(ctx.platform.dataDir).images;
    const hasImages = await stat(images).then(
      () => true,
      () => false,
    );
    if (hasImages) {
      await mkdir(join(folder, 'images'), { recursive: true });
      await cp(images, join(folder, 'images'), { recursive: true });
    }
    return { fileName: folderName, path: folder };
  },
};
