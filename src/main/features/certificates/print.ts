/**
 * Print jobs: start asks where (one combined PDF, or a folder for one PDF each), continue writes
 * the next part and records those copies, cancel forgets the job. Jobs live in memory: a job is
 * a screen's progress bar, and a restarted app simply starts again (files written stay whole).
 */
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { PrintJob } from '@shared/contract/certificates';
import type { Locale } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import { requireSession, type HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import type { CertificateDocument } from '../../pdf/certificate-document';
import {
  type CertificateRendering,
  joinCertificateParts,
  prepareCertificateWorkers,
  renderCertificatePdf,
  startCertificateRendering,
} from '../../pdf/certificate-pool';
import { writePdfBytes } from '../../pdf/save';
import { dataPaths } from '../../platform';
import { factsOf, readCertificates, type CertificateRecord } from './queries';
import { certificateBlk, requireReadableImages } from './settings';

/**
 * A part of a per-trainee job (~100 ms): short enough for a live progress bar and a prompt
 * cancel, long enough to keep both render workers busy. Mutable so that tests can make parts small.
 */
export const printChunk = { files: 20 };

interface Job {
  id: string;
  /** The data dir whose registry the ids belong to (one process can serve several in tests). */
  dataDir: string;
  certificateIds: number[];
  layout: 'combined' | 'perTrainee';
  /** The PDF file (combined) or the folder (perTrainee). */
  target: string;
  reprintReason: string;
  locale: Locale;
  operatorId: number;
  cursor: number;
  /** A combined print under way: what it prints, and the parts rendered so far. */
  combined: { planned: Planned[]; rendering: CertificateRendering; arrived: Uint8Array[] } | null;
}

const jobs = new Map<string, Job>();

function view(job: Job, finished: boolean): PrintJob {
  // A folder holds files from the first one written on; the combined PDF exists once finished.
  const written = finished || (job.layout === 'perTrainee' && job.cursor > 0);
  const output = written ? { fileName: basename(job.target), path: job.target } : null;
  return { jobId: job.id, total: job.certificateIds.length, done: job.cursor, finished, output };
}

function jobOf(ctx: HandlerContext, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.dataDir !== ctx.platform.dataDir) throw new DomainError('PRINT_JOB_GONE', 'No such print job');
  return job;
}

/** Letters, digits, spaces and a few marks: safe as a Windows file name, still readable. */
function fileSafe(text: string, max: number): string {
  return text
    .replace(/[^\p{L}\p{N} ._'-]+/gu, '-')
    .replace(/[ .]+$/, '')
    .slice(0, max)
    .trim();
}

export async function startPrint(
  ctx: HandlerContext,
  input: { certificateIds: number[]; layout: Job['layout']; reprintReason: string; locale: Locale },
): Promise<PrintJob | null> {
  const operator = requireSession(ctx);
  const ids = [...new Set(input.certificateIds)];
  const records = await readCertificates(ctx.db, ids);
  if (records.length !== ids.length) {
    throw new DomainError('NOT_FOUND', 'No such certificate', { params: { entity: 'certificate' } });
  }
  const revoked = records.find((record) => record.revokedAt !== null);
  if (revoked)
    throw new DomainError('CERTIFICATE_REVOKED', 'A revoked certificate cannot be printed', {
      params: { serial: revoked.serial },
    });
  if (input.reprintReason === '' && records.some((record) => (record.copies ?? 0) >= 1)) {
    throw new DomainError('REPRINT_REASON_REQUIRED', 'A reprint needs a reason', {
      fields: { reprintReason: 'required' },
    });
  }
  await requireReadableImages(await certificateBlk(ctx.db, ctx.platform.dataDir));
  prepareCertificateWorkers();
  let target: string | null;
  if (input.layout === 'combined') {
    const classIds = new Set(records.map((record) => record.classId));
    const what = classIds.size === 1 ? factsOf(records[0] as CertificateRecord).className : String(records.length);
    const defaultName = `Sertifikat-${fileSafe(what, 80)}-${todayIn(ctx.now)}.pdf`;
    target = await ctx.platform.chooseSavePath({ defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  } else {
    target = await ctx.platform.chooseFolder();
  }
  if (target === null) return null;
  const job: Job = {
    id: randomUUID(),
    dataDir: ctx.platform.dataDir,
    certificateIds: ids,
    layout: input.layout,
    target,
    reprintReason: input.reprintReason,
    locale: input.locale,
    operatorId: operator.operatorId,
    cursor: 0,
    combined: null,
  };
  jobs.set(job.id, job);
  return view(job, false);
}

/** The copy number the next print of each certificate gets (1 = the original). */
async function nextCopies(db: Kysely<Database>, ids: number[]): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('certificatePrints')
    .select((eb) => ['certificateId', eb.fn.max('copy').as('copy')])
    .where('certificateId', 'in', ids)
    .groupBy('certificateId')
    .execute();
  const last = new Map(rows.map((row) => [row.certificateId, row.copy]));
  return new Map(ids.map((id) => [id, (last.get(id) ?? 0) + 1]));
}

interface Planned {
  record: CertificateRecord;
  copy: number;
  doc: CertificateDocument;
}

/** The documents for these ids, refusing what changed since the job started. */
async function plan(ctx: HandlerContext, job: Job, ids: number[]): Promise<Planned[]> {
  const blk = await certificateBlk(ctx.db, job.dataDir);
  await requireReadableImages(blk);
  const records = await readCertificates(ctx.db, ids);
  const copies = await nextCopies(ctx.db, ids);
  const today = todayIn(ctx.now);
  return records.map((record) => {
    // Revoked, or printed by someone else, after this job started.
    if (record.revokedAt !== null) {
      throw new DomainError('CERTIFICATE_REVOKED', 'Revoked meanwhile', { params: { serial: record.serial } });
    }
    const copy = copies.get(record.id) ?? 1;
    if (copy > 1 && job.reprintReason === '') throw new DomainError('REPRINT_REASON_REQUIRED', 'Printed meanwhile');
    const doc: CertificateDocument = {
      blk,
      serial: record.serial,
      issuedOn: record.issuedOn,
      facts: factsOf(record),
      qrText: record.qrText,
      copyOf: copy > 1 ? { reprintedOn: today } : null,
    };
    return { record, copy, doc };
  });
}

async function recordPrint(ctx: HandlerContext, job: Job, planned: Planned, file: string): Promise<void> {
  const reason = planned.copy > 1 ? job.reprintReason : null;
  const { id } = await ctx.db
    .insertInto('certificatePrints')
    .values({
      certificateId: planned.record.id,
      copy: planned.copy,
      reason,
      operatorId: job.operatorId,
      printedAt: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.audit({
    entity: 'certificate_print',
    entityId: id,
    after: { certificateId: planned.record.id, serial: planned.record.serial, copy: planned.copy, reason, file },
  });
}

export async function continuePrint(ctx: HandlerContext, jobId: string): Promise<PrintJob> {
  const job = jobOf(ctx, jobId);
  // The logo and signature are read from the data dir's images, and from nowhere else.
  const images = dataPaths(job.dataDir).images;
  if (job.layout === 'combined') {
    // One part per call, so the bar moves and Batal works; the file is joined at the end.
    if (!job.combined) {
      const planned = await plan(ctx, job, job.certificateIds);
      const rendering = startCertificateRendering(
        planned.map((one) => one.doc),
        job.locale,
        images,
      );
      job.combined = { planned, rendering, arrived: [] };
    }
    const { planned, rendering, arrived } = job.combined;
    const next = rendering.parts[arrived.length];
    if (next) {
      try {
        arrived.push(await next.bytes);
      } catch (error) {
        // Nothing was written: stop the other parts, and let a retry start over.
        rendering.cancel();
        job.combined = null;
        job.cursor = 0;
        throw error;
      }
      job.cursor += next.certificates;
    }
    if (arrived.length < rendering.parts.length) return view(job, false);
    await writePdfBytes(job.target, joinCertificateParts(arrived));
    for (const one of planned) await recordPrint(ctx, job, one, job.target);
  } else {
    const planned = await plan(ctx, job, job.certificateIds.slice(job.cursor, job.cursor + printChunk.files));
    // Rendered side by side in the workers, written and recorded in order.
    const rendered = await Promise.allSettled(
      planned.map((one) => renderCertificatePdf([one.doc], job.locale, images)),
    );
    for (const [index, one] of planned.entries()) {
      const file = join(job.target, `${fileSafe(one.record.serial, 60)} ${fileSafe(one.doc.facts.fullName, 60)}.pdf`);
      const result = rendered[index] as PromiseSettledResult<Uint8Array>;
      try {
        if (result.status === 'rejected') throw result.reason;
        await writePdfBytes(file, result.value);
      } catch (error) {
        // The files written before this one are whole: keep their print records.
        if (error instanceof DomainError)
          throw new DomainError(error.code, error.message, { params: error.params, keepWrites: true });
        throw error;
      }
      await recordPrint(ctx, job, one, file);
      job.cursor += 1;
    }
  }
  const finished = job.cursor >= job.certificateIds.length;
  if (!finished) return view(job, false);
  jobs.delete(job.id);
  // The combined file goes to the viewer (and its print dialog); a folder of files does not. A
  // machine without a PDF viewer must not undo the prints just recorded: the screen shows the path.
  if (job.layout === 'combined') await ctx.platform.openPath(job.target).catch(() => undefined);
  return view(job, true);
}

export function cancelPrint(ctx: HandlerContext, jobId: string): PrintJob {
  const job = jobOf(ctx, jobId);
  job.combined?.rendering.cancel();
  jobs.delete(job.id);
  return view(job, false);
}
