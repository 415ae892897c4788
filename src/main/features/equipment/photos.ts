/** Asset photos: copied into the data dir's images folder from a file dialog, shown as data: URLs. */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerContext } from '../../context';
import { withFileErrors, writeFileAtomically } from '../../files';
import { dataPaths } from '../../platform';
import { readChosenImage } from '../certificates/settings';
import { auditAsset } from './history';
import { requireAsset } from './queries';

/** The stored photo as a data: URL; null when there is none or the file has gone. */
export async function photoDataUrl(dataDir: string, fileName: string | null): Promise<string | null> {
  if (fileName === null) return null;
  try {
    const bytes = await readFile(join(dataPaths(dataDir).images, fileName));
    const mime = fileName.endsWith('.png') ? 'image/png' : 'image/jpeg';
    return `data:${mime};base64,${bytes.toString('base64')}`;
  } catch {
    return null;
  }
}

async function removePhotoFile(dataDir: string, fileName: string | null): Promise<void> {
  if (fileName === null) return;
  // Best effort: a leftover small file harms nothing.
  await rm(join(dataPaths(dataDir).images, fileName), { force: true }).catch(() => undefined);
}

async function setPhoto(ctx: HandlerContext, id: number, fileName: string | null, previous: string | null) {
  await ctx.db
    .updateTable('assets')
    .set({ photoFile: fileName, updatedAt: ctx.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await auditAsset(ctx, id, { before: { photoFile: previous }, after: { photoFile: fileName } });
}

/**
 * Opens the file dialog, checks the image (PNG or JPEG, at most 2 MB), copies it in as
 * `asset-<id>-<random>.<ext>` and deletes the previous photo; false when the clerk cancels.
 * The new file is written before the row points at it, so a failed call leaves at most an unused
 * file; the old one is deleted last, after every database write of the call.
 */
export async function chooseAssetPhoto(ctx: HandlerContext, id: number): Promise<boolean> {
  const asset = await requireAsset(ctx.db, id, 'id');
  const path = await ctx.platform.chooseOpenPath({
    filters: [{ name: 'PNG / JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
  });
  if (path === null) return false;
  const { bytes, extension } = await readChosenImage(path);
  const folder = dataPaths(ctx.platform.dataDir).images;
  const fileName = `asset-${id}-${randomBytes(6).toString('hex')}.${extension}`;
  const target = join(folder, fileName);
  await withFileErrors(target, async () => {
    await mkdir(folder, { recursive: true });
    await writeFileAtomically(target, bytes);
  });
  await setPhoto(ctx, id, fileName, asset.photoFile);
  await removePhotoFile(ctx.platform.dataDir, asset.photoFile);
  return true;
}

export async function clearAssetPhoto(ctx: HandlerContext, id: number): Promise<void> {
  const asset = await requireAsset(ctx.db, id, 'id');
  if (asset.photoFile === null) return;
  await setPhoto(ctx, id, null, asset.photoFile);
  await removePhotoFile(ctx.platform.dataDir, asset.photoFile);
}
