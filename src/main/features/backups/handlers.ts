import { cp, mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupInfo } from '@shared/contract';
import type { backupsContract } from '@shared/contract/backups';
import { DomainError } from '@shared/errors';
import type { HandlerContext, HandlerMap } from '../../context';
import { BackupCheckFailed, listBackups, stampedBackupName, takeBackup, vacuumCopier } from '../../db/backups';
import { dataPaths } from '../../platform';

async function describe(dir: string, entry: { fileName: string; kind: BackupInfo['kind'] }): Promise<BackupInfo> {
  const info = await stat(join(dir, entry.fileName));
  return { ...entry, takenAt: info.mtime.toISOString(), sizeBytes: info.size };
}

/** A verified copy, or the clerk's coded error: a bad copy is never kept, a full disk is named. */
async function verifiedCopy(ctx: HandlerContext, dir: string, fileName: string): Promise<string> {
  try {
    return await takeBackup(vacuumCopier(ctx.db), dir, fileName);
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

export const backupsHandlers: HandlerMap<keyof typeof backupsContract> = {
  'backups.list': async (ctx) => {
    const dir = dataPaths(ctx.platform.dataDir).backups;
    const all = await Promise.all(listBackups(dir).map((entry) => describe(dir, entry)));
    return all.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  },

  'backups.create': async (ctx) => {
    const dir = dataPaths(ctx.platform.dataDir).backups;
    const path = await verifiedCopy(ctx, dir, stampedBackupName('manual', ctx.now));
    return describe(dir, { fileName: basename(path), kind: 'manual' });
  },

  'backups.copyToFolder': async (ctx) => {
    const parent = await ctx.platform.chooseFolder();
    if (parent === null) return null;
    const folderName = `Pelita-cadangan-${ctx.now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
    const folder = join(parent, folderName);
    await verifiedCopy(ctx, folder, 'pelita.db');
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
