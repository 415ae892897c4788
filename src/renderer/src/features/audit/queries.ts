import { useQuery } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { callOptions } from '../../lib/query';

export function useAuditLog(input: InputOf<'audit.list'>) {
  // The previous page stays on screen while the next one loads.
  return useQuery({ ...callOptions('audit.list', input), placeholderData: (previous) => previous });
}

export function useAuditEntities() {
  return useQuery(callOptions('audit.entities', {}));
}
