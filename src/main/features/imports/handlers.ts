/** STUB: replaced by the helper that builds this room. */
import type { importsContract } from '@shared/contract/imports';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';

const todo = async (): Promise<never> => {
  throw new DomainError('INTERNAL', 'not built yet');
};

export const importsHandlers: HandlerMap<keyof typeof importsContract> = {
  'imports.open': todo,
  'imports.preview': todo,
  'imports.commit': todo,
  'imports.discard': todo,
};
