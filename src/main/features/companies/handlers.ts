/** STUB: replaced by the helper that builds this room. */
import type { companiesContract } from '@shared/contract/companies';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';

const todo = async (): Promise<never> => {
  throw new DomainError('INTERNAL', 'not built yet');
};

export const companiesHandlers: HandlerMap<keyof typeof companiesContract> = {
  'companies.list': todo,
  'companies.get': todo,
  'companies.create': todo,
  'companies.update': todo,
  'placements.create': todo,
};
