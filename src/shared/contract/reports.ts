import { z } from 'zod';
import { FUNDING_SOURCES } from '../domain';
import { EVERYONE, method } from './define';
import { id, isoDate } from './common';

/**
 * The ministry reports, as xlsx with Indonesian headings. Long exports run as a job: start asks
 * where to save and counts the rows, continue writes the next part (the renderer shows progress
 * and can cancel), and the file gets its name only when complete.
 */
export const reportRequest = z.discriminatedUnion('report', [
  /** Participants of one class, in the column order of the SIAPkerja upload. */
  z.object({ report: z.literal('siapkerja'), classId: id }),
  /** Realisation per funding source: classes, JP, trainees, graduates, placement rate. */
  z.object({
    report: z.literal('realisation'),
    from: isoDate,
    to: isoDate,
    fundingSource: z.enum(FUNDING_SOURCES).nullable().default(null),
  }),
  /** Follow-up results: one row per graduate with the latest outcome, and a summary sheet. */
  z.object({
    report: z.literal('followUps'),
    from: isoDate,
    to: isoDate,
    programId: id.nullable().default(null),
    classId: id.nullable().default(null),
  }),
]);
export type ReportRequest = z.input<typeof reportRequest>;
export type ReportKind = z.output<typeof reportRequest>['report'];

export interface ExportJob {
  jobId: string;
  report: ReportKind;
  fileName: string;
  total: number;
  written: number;
  finished: boolean;
  cancelled: boolean;
  /** Set when finished: where the file is. */
  path: string | null;
}

const jobId = z.object({ jobId: z.string().min(1).max(64) });

export const reportsContract = {
  /** Asks where to save (null: cancelled) and starts the job; EXPORT_JOB_GONE if it vanished since. */
  'reports.start': method<ExportJob | null>()({
    input: reportRequest.superRefine((value, ctx) => {
      if ('from' in value && value.from > value.to)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
    }),
    access: EVERYONE,
    writes: false,
  }),
  'reports.continue': method<ExportJob>()({ input: jobId, access: EVERYONE, writes: false }),
  /** Stops a job and removes its unfinished temporary file; nothing is left half-written. */
  'reports.cancel': method<ExportJob>()({ input: jobId, access: EVERYONE, writes: false }),
  /** Hands a finished report to the system (Excel / LibreOffice). */
  'reports.open': method<null>()({ input: jobId, access: EVERYONE, writes: false }),
};
