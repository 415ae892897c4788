/** STUB: replaced by the helper that builds this room. */
import type { reportsContract } from '@shared/contract/reports';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';

const todo = async (): Promise<never> => {
  throw new DomainError('INTERNAL', 'not built yet');
};

export const reportsHandlers: HandlerMap<keyof typeof reportsContract> = {
  'reports.start': todo,
  'reports.continue': todo,
  'reports.cancel': todo,
  'reports.open': todo,
};
