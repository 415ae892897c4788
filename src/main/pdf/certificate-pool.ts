/**
 * Certificates are rendered in worker threads (certificate-worker.ts), two at a time on a
 * two-core front-desk PC: main's event loop stays free for the rest of the app while they
 * render, and the layout's memory lives and dies with the worker.
 *
 * A large batch is cut into parts that the workers render side by side; the parts are then
 * joined in main into the one PDF the clerk prints (join-parts.ts copies their objects as bytes:
 * tens of milliseconds for 2,000 pages). A part also bounds a worker's memory: pdfmake holds a
 * whole document's layout at once.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '@shared/domain';
import { certificateBatch, type CertificateBatch } from './certificate';
import type { CertificateDocument } from './certificate-document';
import type { CertificateResult, CertificateTask } from './certificate-worker';
import { fontsDir, RESOURCES_ENV } from './fonts';
import { joinPdfkitParts } from './join-parts';

/**
 * Certificates per part: a 500-page document, ~150 MB of a worker's heap while it is laid out,
 * and enough parts to keep both workers busy. (Parts of 100 or 50 measured the same speed and
 * the same peak memory, within this VM's noise.) Mutable so that tests can join several parts
 * without rendering hundreds of pages.
 */
export const certificateParts = { size: 250 };
/** A worker that has had nothing to do for this long is stopped, giving its memory back. */
const IDLE_MS = 30_000;

const thisFile = fileURLToPath(import.meta.url);
const here = dirname(thisFile);
/**
 * The worker sits beside this module, built the same way: electron-vite builds it next to
 * out/main/index.js, where this module is bundled (see electron.vite.config.ts), and from src/
 * (tests, bench) it is TypeScript that needs tsx's loader, with the @shared alias from
 * tsconfig.node.json.
 */
const workerFile = join(here, `certificate-worker${extname(thisFile)}`);

function startWorker(): Worker {
  const env = { ...process.env, [RESOURCES_ENV]: dirname(fontsDir()) };
  if (extname(thisFile) !== '.ts') return new Worker(workerFile, { env, execArgv: [] });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Worker(workerFile, {
    env: { ...env, TSX_TSCONFIG_PATH: resolve(here, '../../../tsconfig.node.json') },
    execArgv: ['--import', tsx],
  });
}

interface Pending {
  task: CertificateTask;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

const slots: Slot[] = [];
const queue: Pending[] = [];
let nextTaskId = 1;
let idleTimer: NodeJS.Timeout | undefined;

const poolSize = () => Math.max(1, Math.min(2, availableParallelism()));

function settle(slot: Slot, result: CertificateResult): void {
  const pending = slot.current;
  if (!pending || pending.task.id !== result.id) return;
  slot.current = null;
  if (result.ok) pending.resolve(new Uint8Array(result.bytes));
  else pending.reject(new Error(`Certificate rendering failed: ${result.message}`));
  pump();
}

/** A worker that crashed or exited takes its task down with it; the next task gets a new one. */
function drop(slot: Slot, error: Error): void {
  const index = slots.indexOf(slot);
  if (index < 0) return;
  slots.splice(index, 1);
  slot.current?.reject(error);
  slot.current = null;
  pump();
}

function addSlot(): Slot {
  const slot: Slot = { worker: startWorker(), current: null };
  slot.worker.on('message', (result: CertificateResult) => settle(slot, result));
  slot.worker.on('error', (error) => drop(slot, error));
  slot.worker.on('exit', (code) => drop(slot, new Error(`Certificate worker stopped (exit code ${code})`)));
  slots.push(slot);
  return slot;
}

function pump(): void {
  clearTimeout(idleTimer);
  while (queue.length > 0) {
    const slot = slots.find((s) => s.current === null) ?? (slots.length < poolSize() ? addSlot() : undefined);
    if (!slot) return;
    const pending = queue.shift() as Pending;
    slot.current = pending;
    // A busy worker keeps the process alive (a script awaiting it); an idle one must not.
    slot.worker.ref();
    slot.worker.postMessage(pending.task);
  }
  for (const slot of slots) if (slot.current === null) slot.worker.unref();
  if (slots.every((slot) => slot.current === null)) {
    idleTimer = setTimeout(() => void closeCertificatePool(), IDLE_MS);
    idleTimer.unref();
  }
}

/** Queues a part; `cancel` takes it back if no worker has started it. */
function enqueue(docs: CertificateDocument[], locale: Locale, imagesDir: string, batch: CertificateBatch) {
  let pending: Pending | undefined;
  const bytes = new Promise<Uint8Array>((resolveBytes, reject) => {
    pending = { task: { id: nextTaskId++, docs, locale, batch, imagesDir }, resolve: resolveBytes, reject };
    queue.push(pending);
    pump();
  });
  const cancel = () => {
    const index = pending ? queue.indexOf(pending) : -1;
    if (index >= 0) queue.splice(index, 1)[0]?.reject(new Error('Certificate rendering cancelled'));
  };
  return { bytes, cancel };
}

/** A batch on its way through the workers: its parts, in order, each with its certificates. */
export interface CertificateRendering {
  parts: { certificates: number; bytes: Promise<Uint8Array> }[];
  /** Takes back the parts no worker has started; those in hand finish and are thrown away. */
  cancel(): void;
}

/**
 * Starts rendering a batch, front and back per certificate, in the given order: in as many
 * parts as keep every worker busy to the end, of equal size, none above the limit. `imagesDir`
 * is the data dir's images folder, where the logo and signature are read from.
 */
export function startCertificateRendering(
  docs: CertificateDocument[],
  locale: Locale,
  imagesDir: string,
): CertificateRendering {
  const batch = certificateBatch(docs);
  const needed = Math.ceil(docs.length / certificateParts.size);
  const count = needed <= 1 ? 1 : Math.ceil(needed / poolSize()) * poolSize();
  const size = Math.max(1, Math.ceil(docs.length / count));
  const queued: ReturnType<typeof enqueue>[] = [];
  const parts: CertificateRendering['parts'] = [];
  for (let start = 0; start < docs.length; start += size) {
    const slice = docs.slice(start, start + size);
    const part = enqueue(slice, locale, imagesDir, batch);
    // A part may fail while an earlier one is awaited, or after a cancel: heard when awaited.
    part.bytes.catch(() => undefined);
    queued.push(part);
    parts.push({ certificates: slice.length, bytes: part.bytes });
  }
  return { parts, cancel: () => queued.forEach((part) => part.cancel()) };
}

/** Joins rendered parts, in order, into one PDF that keeps the first part's title and author. */
export function joinCertificateParts(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 && parts[0] ? parts[0] : joinPdfkitParts(parts);
}

/** One PDF with a front and a back page per certificate, in the given order. */
export async function renderCertificatePdf(
  docs: CertificateDocument[],
  locale: Locale,
  imagesDir: string,
): Promise<Uint8Array> {
  const { parts } = startCertificateRendering(docs, locale, imagesDir);
  return joinCertificateParts(await Promise.all(parts.map((part) => part.bytes)));
}

/**
 * Starts the workers ahead of a print (they load and parse the fonts, ~0.5 s), so that the
 * clerk's first certificate does not wait for them; idle, they stop again after a while.
 */
export function prepareCertificateWorkers(): void {
  while (slots.length < poolSize()) addSlot();
  pump();
}

/** Stops the workers (the app quitting, a test finishing); the next render starts new ones. */
export async function closeCertificatePool(): Promise<void> {
  clearTimeout(idleTimer);
  const stopping = slots.splice(0, slots.length);
  const closed = new Error('Certificate workers closed');
  for (const pending of queue.splice(0, queue.length)) pending.reject(closed);
  for (const slot of stopping) slot.current?.reject(closed);
  await Promise.all(stopping.map((slot) => slot.worker.terminate()));
}
