/**
 * A worker thread that lays out and renders certificates (certificate-pool.ts hands it work).
 * pdfmake keeps a whole document's layout in memory and takes milliseconds per page: in a
 * worker, a print of 1,000 certificates neither freezes main's event loop (every other call of
 * the app) nor leaves its few hundred megabytes in main's heap.
 */
import { parentPort } from 'node:worker_threads';
import zlib from 'node:zlib';
import type { Locale } from '@shared/domain';
import { buildCertificatePdf, type CertificateBatch } from './certificate';
import type { CertificateDocument } from './certificate-document';
import { allowLocalFiles, getPdfmake, isInside } from './fonts';
import { renderPdfToBuffer } from './render';

export interface CertificateTask {
  id: number;
  docs: CertificateDocument[];
  locale: Locale;
  batch: CertificateBatch;
  /** The data dir's images folder: the only place besides the fonts a document may read. */
  imagesDir: string;
}

export type CertificateResult =
  { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('certificate-worker runs as a worker thread only');
// The fonts are read and parsed now, while the clerk is still choosing where to save.
getPdfmake();

/**
 * pdfkit deflates each page's content stream and each font at zlib's default level (6) and has
 * no option for it. At level 1 a batch renders ~8% faster for ~11% more bytes (1,000
 * certificates: 4.1 -> 4.6 MB). This thread renders certificates and nothing else.
 */
const deflateSync = zlib.deflateSync;
zlib.deflateSync = ((buffer: zlib.InputType, options?: zlib.ZlibOptions) =>
  deflateSync(buffer, options ?? { level: zlib.constants.Z_BEST_SPEED })) as typeof zlib.deflateSync;

port.on('message', (task: CertificateTask) => {
  allowLocalFiles((path) => isInside(task.imagesDir, path));
  renderPdfToBuffer(buildCertificatePdf(task.docs, task.locale, task.batch)).then(
    (buffer) => {
      // A copy that owns its memory can be handed over without another copy.
      const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      port.postMessage({ id: task.id, ok: true, bytes } satisfies CertificateResult, [bytes]);
    },
    (error: unknown) => {
      port.postMessage({
        id: task.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies CertificateResult);
    },
  );
});
