/**
 * Writing a file the clerk asked for: through a temp file in the target's folder and a rename,
 * so a power cut or a crash mid-write leaves either the old file or the new one, never half of
 * one; and disk trouble as a coded error the clerk can act on. PDFs (pdf/render.ts), xlsx
 * exports and the images copied into the data dir all go through here.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '@shared/errors';

/** Replaces `targetPath` atomically with `bytes`; rejects (leaving no temp file) on any error. */
export async function writeFileAtomically(targetPath: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(targetPath);
  // Leading dot: hidden on Linux, and Windows Explorer sorts it away from the real files.
  const tempPath = join(dir, `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(tempPath, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
    created = false;
  } catch (error) {
    if (created) await rm(tempPath, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/**
 * Puts a finished temp file (written by a stream, as the xlsx reports are) in place the same way:
 * its bytes flushed through a new descriptor (which flushes the file on Linux and Windows alike),
 * then the rename, then the folder.
 */
export async function moveIntoPlaceDurably(tempPath: string, targetPath: string): Promise<void> {
  const handle = await open(tempPath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tempPath, targetPath);
  await syncDir(dirname(targetPath));
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder and needs no help. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file's own bytes were already synced before the rename.
  }
}

/**
 * Runs a write to `path`, turning errno failures into FILE_IN_USE (Windows refuses to replace a
 * file a viewer or Excel holds open: EPERM/EBUSY) or FILE_WRITE_FAILED (missing or read-only
 * folder, full disk); anything else (a bug) passes through.
 */
export async function withFileErrors<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM') {
      throw new DomainError('FILE_IN_USE', 'The file is open in another program', { params: { path } });
    }
    if (typeof code === 'string')
      throw new DomainError('FILE_WRITE_FAILED', `Could not write the file (${code})`, {
        params: { path, reason: code },
      });
    throw error;
  }
}
