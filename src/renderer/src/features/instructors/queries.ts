import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useInstructors(includeInactive: boolean) {
  return useQuery(callOptions('instructors.list', { includeInactive }));
}

/** Missing, lapsed or soon-lapsing certificates of active instructors; the nav badge counts them. */
export function useCertificateWarnings() {
  return useQuery(callOptions('instructors.warnings', {}));
}

export function useSaveInstructor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'instructors.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined
        ? api.call('instructors.create', fields)
        : api.call('instructors.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, ['instructors.list', 'instructors.get', 'instructors.warnings']),
  });
}
