/** STUB: replaced by the helper that builds this room. */
import type { graduatesContract } from '@shared/contract/graduates';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';

const todo = async (): Promise<never> => {
  throw new DomainError('INTERNAL', 'not built yet');
};

export const graduatesHandlers: HandlerMap<keyof typeof graduatesContract> = {
  'followUps.settings': todo,
  'followUps.saveSettings': todo,
  'followUps.due': todo,
  'followUps.exportContacts': todo,
  'followUps.record': todo,
  'graduates.list': todo,
  'graduates.get': todo,
};
