import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';
import { GRADUATE_READS } from '../graduates/queries';

export function useCompanies(input: InputOf<'companies.list'>) {
  return useQuery({ ...callOptions('companies.list', input), placeholderData: keepPreviousData });
}

export function useCompany(id: number) {
  return useQuery(callOptions('companies.get', { id }));
}

export function useSaveCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'companies.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('companies.create', fields) : api.call('companies.update', { ...fields, id });
    },
    // A renamed company shows under its new name in placements and follow-ups too.
    onSuccess: () => invalidate(client, GRADUATE_READS),
  });
}

export function useCreatePlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'placements.create'>) => api.call('placements.create', input),
    onSuccess: () => invalidate(client, GRADUATE_READS),
  });
}
