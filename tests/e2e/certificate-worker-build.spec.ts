import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@playwright/test';
import { certificateBatch } from '../../src/main/pdf/certificate';
import type { CertificateResult, CertificateTask } from '../../src/main/pdf/certificate-worker';
import { sample } from '../unit/pdf/certificate-sample';

// The app starts the worker electron-vite built (the other tests run it from src/ under tsx):
// this proves the built entry and its chunks render on their own.
const BUILT_WORKER = resolve(import.meta.dirname, '../../out/main/certificate-worker.js');

test('the built certificate worker renders a certificate', async () => {
  const images = mkdtempSync(join(tmpdir(), 'pelita-worker-'));
  const worker = new Worker(BUILT_WORKER, { execArgv: [] });
  try {
    const docs = [sample('Andi Saputra', '001/BLK-PSR/OK/XI/2026', false, null)];
    const task: CertificateTask = { id: 7, docs, locale: 'id', batch: certificateBatch(docs), imagesDir: images };
    const result = await new Promise<CertificateResult>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage(task);
    });
    expect(result).toMatchObject({ id: 7, ok: true });
    if (!result.ok) return;
    expect(Buffer.from(result.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    expect(result.bytes.byteLength).toBeGreaterThan(10_000);
  } finally {
    await worker.terminate();
    rmSync(images, { recursive: true, force: true });
  }
});
