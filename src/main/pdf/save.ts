import type { WrittenFile } from '@shared/contract';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { withFileErrors, writeFileAtomically } from '../files';
import type { Platform } from '../platform';
import { renderPdfToFile } from './render';

/** Disk trouble as a coded error the clerk can act on (close the PDF viewer, pick another folder). */
export async function writePdf(doc: TDocumentDefinitions, path: string): Promise<void> {
  await withFileErrors(path, () => renderPdfToFile(doc, path));
}

/** Bytes rendered elsewhere (the certificate workers), written the same way. */
export async function writePdfBytes(path: string, bytes: Uint8Array): Promise<void> {
  await withFileErrors(path, () => writeFileAtomically(path, bytes));
}

/**
 * Asks where to save (a dialog in the app, output/ in tests), writes the PDF atomically and hands
 * it to the system viewer; null when the clerk cancels the dialog.
 */
export async function savePdfWhereClerkChooses(
  platform: Platform,
  doc: TDocumentDefinitions,
  fileName: string,
): Promise<WrittenFile | null> {
  const path = await platform.chooseSavePath({
    defaultName: fileName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (path === null) return null;
  await writePdf(doc, path);
  await platform.openPath(path);
  return { fileName, path };
}
