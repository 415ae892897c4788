import type { HandlerMap } from '../../context';
import { auditEntities, listAudit } from './queries';

export const auditHandlers: HandlerMap<'audit.list' | 'audit.entities'> = {
  'audit.list': async (ctx, input) => listAudit(ctx.db, input),
  'audit.entities': async (ctx) => auditEntities(ctx.db),
};
