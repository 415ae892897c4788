/**
 * Turns a pdfmake document definition into bytes or a file. Writing goes through a temp file in
 * the target's folder and a rename, so a power cut or a crash mid-write leaves either the old
 * PDF or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY_SANS, getPdfmake } from './fonts';

export const PDF_AUTHOR = 'Pelita';
export const PDF_CREATOR = 'Pelita';

/** Fills what every Pelita PDF shares; values in `doc` win. */
export function withPelitaDefaults(doc: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...doc,
    info: { author: PDF_AUTHOR, creator: PDF_CREATOR, producer: `${PDF_CREATOR} (pdfmake)`, ...doc.info },
    defaultStyle: { font: FONT_FAMILY_SANS, ...doc.defaultStyle },
  };
}

/** pdfmake writes layout state into the nodes it is given: build a fresh definition per render. */
export async function renderPdfToBuffer(doc: TDocumentDefinitions): Promise<Buffer> {
  return getPdfmake().createPdf(withPelitaDefaults(doc)).getBuffer();
}

/**
 * Renders and replaces `targetPath` atomically. Rejects (and leaves no temp file) when the
 * folder is missing or read-only, or when Windows refuses to replace a PDF that a viewer holds
 * open (EPERM/EBUSY): the caller can tell the clerk to close the viewer and try again.
 */
export async function renderPdfToFile(doc: TDocumentDefinitions, targetPath: string): Promise<void> {
  // Render before touching the disk, so a layout error cannot leave anything behind.
  const bytes = await renderPdfToBuffer(doc);
  const dir = dirname(targetPath);
  // Leading dot: hidden on Linux, and Windows Explorer sorts it away from the real PDFs.
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
