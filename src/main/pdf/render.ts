/**
 * Turns a pdfmake document definition into bytes or a file. Writing goes through a temp file in
 * the target's folder and a rename (files.ts), so a power cut or a crash mid-write leaves either
 * the old PDF or the new one, never half of one.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { writeFileAtomically } from '../files';
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
  await writeFileAtomically(targetPath, await renderPdfToBuffer(doc));
}
