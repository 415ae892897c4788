/** The partner companies room's contract methods (companies and placements), each handed to its service. */
import type { companiesContract } from '@shared/contract/companies';
import type { HandlerMap } from '../../context';
import { createCompany, listCompanies, readCompanyWithPlacements, updateCompany } from './companies';
import { createPlacement } from './placements';

export const companiesHandlers: HandlerMap<keyof typeof companiesContract> = {
  'companies.list': async (ctx, input) => listCompanies(ctx.db, input),
  'companies.get': async (ctx, input) => readCompanyWithPlacements(ctx.db, input.id),
  'companies.create': async (ctx, input) => createCompany(ctx, input),
  'companies.update': async (ctx, { id, ...input }) => updateCompany(ctx, id, input),
  'placements.create': async (ctx, input) => createPlacement(ctx, input),
};
