/** The graduates room's contract methods (follow-up rounds, the due list, follow-ups, graduates), each handed to its service. */
import type { graduatesContract } from '@shared/contract/graduates';
import type { HandlerMap } from '../../context';
import { blkToday } from '../attendance/guards';
import { exportDueContacts } from './contacts';
import { listDueFollowUps } from './due';
import { recordFollowUp } from './follow-ups';
import { listGraduates, readGraduate } from './graduates';
import { readFollowUpSettings, saveFollowUpSettings } from './settings';

export { countDueFollowUps } from './due';

export const graduatesHandlers: HandlerMap<keyof typeof graduatesContract> = {
  'followUps.settings': async (ctx) => readFollowUpSettings(ctx),
  'followUps.saveSettings': async (ctx, input) => saveFollowUpSettings(ctx, input),
  'followUps.due': async (ctx, { page, pageSize, ...filters }) =>
    listDueFollowUps(ctx.db, await blkToday(ctx.db, ctx.now), filters, { page, pageSize }),
  'followUps.exportContacts': async (ctx, input) => exportDueContacts(ctx, input),
  'followUps.record': async (ctx, input) => recordFollowUp(ctx, input),
  'graduates.list': async (ctx, input) => listGraduates(ctx.db, input),
  'graduates.get': async (ctx, input) => readGraduate(ctx.db, input.enrolmentId, await blkToday(ctx.db, ctx.now)),
};
