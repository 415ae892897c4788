import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function usePrograms() {
  return useQuery(callOptions('programs.list', {}));
}

export function useSaveProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'programs.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('programs.create', fields) : api.call('programs.update', { ...fields, id });
    },
    // A rule change alters every pending eligibility check of the programme's classes.
    onSuccess: () => invalidate(client, ['programs.list', 'programs.get', 'classes.list', 'enrolments.check']),
  });
}

export function useCopyProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'programs.copy'>) => api.call('programs.copy', input),
    onSuccess: () => invalidate(client, ['programs.list']),
  });
}
