/**
 * Report export jobs: start asks where to save and counts the rows, continue streams the next
 * chunk into a hidden temp file next to the target (exceljs's streaming WorkbookWriter, so a
 * 50,000-row report never sits whole in memory) and, after the last chunk, syncs it to disk and
 * renames it into place; cancel deletes the temp file. The clerk's file therefore appears only
 * when complete, and a crash mid-way leaves at most a hidden .tmp file, never half a report.
 * Jobs live in memory: a restarted app has none (EXPORT_JOB_GONE) and the clerk starts again.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ExportJob } from '@shared/contract/reports';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { moveIntoPlaceDurably, withFileErrors } from '../../files';
import type { ReportPlan, SheetPlan } from './plan';
import { type RowStyles, addReportSheet, columnStyles, writeHead, writeRow } from './xlsx';

/** Rows per `reports.continue`: a live progress bar and a prompt cancel. Mutable for tests. */
export const reportChunk = { rows: 5_000 };

interface Job {
  id: string;
  /** The data dir the job was started for (one process can serve several in tests). */
  dataDir: string;
  plan: ReportPlan;
  target: string;
  tempPath: string;
  stream: WriteStream;
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  body: ExcelJS.Worksheet;
  bodyStyles: RowStyles;
  written: number;
  cancelled: boolean;
  /** A write error the file stream reported between calls (full disk): the next call throws it. */
  failure: Error | null;
}

const jobs = new Map<string, Job>();
/** Finished jobs keep only what `reports.open` and a repeated `continue` need, not their rows. */
const finishedJobs = new Map<string, { dataDir: string; view: ExportJob }>();

function view(job: Job, finished = false): ExportJob {
  return {
    jobId: job.id,
    report: job.plan.report,
    fileName: basename(job.target),
    total: job.plan.keys.length,
    written: job.written,
    finished,
    cancelled: job.cancelled,
    path: finished ? job.target : null,
  };
}

const gone = () => new DomainError('EXPORT_JOB_GONE', 'No such export job');

/** A running job of this data dir, or a finished one's last answer; EXPORT_JOB_GONE otherwise. */
function jobOf(ctx: HandlerContext, jobId: string): Job | ExportJob {
  const job = jobs.get(jobId);
  if (job && job.dataDir === ctx.platform.dataDir) return job;
  const done = finishedJobs.get(jobId);
  if (done && done.dataDir === ctx.platform.dataDir) return done.view;
  throw gone();
}

const isRunning = (job: Job | ExportJob): job is Job => 'plan' in job;

function startSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const worksheet = addReportSheet(workbook, sheet.name, sheet.columns);
  writeHead(worksheet, sheet.head, sheet.columns);
  return worksheet;
}

/**
 * Asks where to save (null: the clerk cancelled), opens the temp file and writes the title block.
 * `plan` is built before the dialog because the suggested file name comes from it (a class name).
 */
export async function startReport(ctx: HandlerContext, plan: ReportPlan): Promise<ExportJob | null> {
  const target = await ctx.platform.chooseSavePath({
    defaultName: plan.defaultFileName,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  if (target === null) return null;
  // Leading dot: hidden on Linux, and Windows Explorer sorts it away from the real files.
  const tempPath = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const stream = await withFileErrors(target, () => openTempStream(tempPath));
  // Fast compression: zlib level 1 took about 10% off a 50,000-row write (measured) for a file
  // about a fifth larger; a report is opened once, the clerk waits for every write.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Text goes inline (t="str"), which Excel and LibreOffice read as plain text. A shared-string
    // table (t="s") was measured 40% slower on the 50,000-row follow-up report (every NIK, name and
    // phone is a unique string) and holds the table in memory until the commit.
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Pelita';
  workbook.title = plan.body.head.title;
  const job: Job = {
    id: randomUUID(),
    dataDir: ctx.platform.dataDir,
    plan,
    target,
    tempPath,
    stream,
    workbook,
    body: startSheet(workbook, plan.body),
    bodyStyles: columnStyles(plan.body.columns),
    written: 0,
    cancelled: false,
    failure: null,
  };
  stream.on('error', (error) => {
    job.failure = error;
  });
  jobs.set(job.id, job);
  return view(job);
}

/** Writes the next chunk; the last one also writes the totals and later sheets and commits the file. */
export async function continueReport(ctx: HandlerContext, jobId: string): Promise<ExportJob> {
  const job = jobOf(ctx, jobId);
  if (!isRunning(job)) return job;
  try {
    await withFileErrors(job.target, async () => {
      throwIfFailed(job);
      const keys = job.plan.keys.slice(job.written, job.written + reportChunk.rows);
      const rows = await job.plan.rows(ctx.db, keys, job.written + 1);
      for (const row of rows) writeRow(job.body, row, job.bodyStyles);
      job.written += keys.length;
      throwIfFailed(job);
      if (job.written >= job.plan.keys.length) await commit(job);
    });
  } catch (error) {
    await discard(job);
    throw error;
  }
  if (job.written < job.plan.keys.length) return view(job);
  const done = view(job, true);
  jobs.delete(job.id);
  finishedJobs.set(job.id, { dataDir: job.dataDir, view: done });
  return done;
}

function throwIfFailed(job: Job): void {
  if (job.failure) throw job.failure;
}

async function commit(job: Job): Promise<void> {
  const totalStyles = columnStyles(job.plan.body.columns, { bold: true });
  for (const row of job.plan.totals) writeRow(job.body, row, totalStyles);
  job.body.commit();
  for (const sheet of job.plan.after) {
    const worksheet = startSheet(job.workbook, sheet);
    const styles = columnStyles(sheet.columns);
    const bold = columnStyles(sheet.columns, { bold: true });
    for (const row of sheet.rows) writeRow(worksheet, row, styles);
    for (const row of sheet.totals) writeRow(worksheet, row, bold);
    worksheet.commit();
  }
  await job.workbook.commit();
  throwIfFailed(job);
  await closed(job.stream);
  await moveIntoPlaceDurably(job.tempPath, job.target);
}

/** Forgets the job and removes its temp file (nothing half-written is left behind). */
async function discard(job: Job): Promise<void> {
  jobs.delete(job.id);
  job.stream.destroy();
  await closed(job.stream);
  await rm(job.tempPath, { force: true });
}

export async function cancelReport(ctx: HandlerContext, jobId: string): Promise<ExportJob> {
  const job = jobOf(ctx, jobId);
  if (!isRunning(job)) return job;
  await discard(job);
  job.cancelled = true;
  return view(job);
}

/** Hands a finished report to Excel / LibreOffice. */
export async function openReport(ctx: HandlerContext, jobId: string): Promise<null> {
  const job = jobOf(ctx, jobId);
  if (isRunning(job) || job.path === null) throw gone();
  await ctx.platform.openPath(job.path);
  return null;
}

/** The temp file, created new ('wx'): resolves once open, so a bad folder fails the start itself. */
function openTempStream(tempPath: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(tempPath, { flags: 'wx' });
    stream.once('open', () => {
      stream.off('error', reject);
      resolve(stream);
    });
    stream.once('error', reject);
  });
}

/** Resolves when the stream has released its file descriptor (after finish, or after destroy). */
function closed(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once('close', () => resolve()));
}
