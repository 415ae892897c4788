/** The reports room (Laporan): ministry reports as xlsx, written by export jobs (see jobs.ts). */
import type { z } from 'zod';
import type { reportRequest, reportsContract } from '@shared/contract/reports';
import type { HandlerContext, HandlerMap } from '../../context';
import { blkSettings, blkToday } from '../equipment/queries';
import { followUpsPlan } from './follow-ups';
import { cancelReport, continueReport, openReport, startReport } from './jobs';
import type { ReportPlan } from './plan';
import { realisationPlan } from './realisation';
import { siapkerjaPlan } from './siapkerja';

async function planOf(ctx: HandlerContext, request: z.output<typeof reportRequest>): Promise<ReportPlan> {
  const [settings, today] = await Promise.all([blkSettings(ctx.db), blkToday(ctx.db, ctx.now)]);
  const meta = { blkName: settings.blkName, today };
  switch (request.report) {
    case 'siapkerja':
      return siapkerjaPlan(ctx.db, request.classId, meta);
    case 'realisation':
      return realisationPlan(ctx.db, request, meta);
    case 'followUps':
      return followUpsPlan(ctx.db, request, meta);
  }
}

export const reportsHandlers: HandlerMap<keyof typeof reportsContract> = {
  'reports.start': async (ctx, input) => startReport(ctx, await planOf(ctx, input)),
  'reports.continue': async (ctx, input) => continueReport(ctx, input.jobId),
  'reports.cancel': async (ctx, input) => cancelReport(ctx, input.jobId),
  'reports.open': async (ctx, input) => openReport(ctx, input.jobId),
};
