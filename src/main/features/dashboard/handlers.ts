/** STUB: replaced by the helper that builds this room. */
import type { dashboardContract } from '@shared/contract/dashboard';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';

const todo = async (): Promise<never> => {
  throw new DomainError('INTERNAL', 'not built yet');
};

export const dashboardHandlers: HandlerMap<keyof typeof dashboardContract> = {
  'dashboard.today': todo,
  'dashboard.charts': todo,
  'dashboard.exportChart': todo,
};
