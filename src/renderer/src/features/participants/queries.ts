import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { NIK_PATTERN } from '@shared/nik';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export const lookupNikOptions = (nik: string) => callOptions('participants.lookupNik', { nik });

/** Asks main about a complete NIK only: region names and whether someone already holds it. */
export function useNikLookup(nik: string) {
  return useQuery({ ...lookupNikOptions(nik), enabled: NIK_PATTERN.test(nik) });
}

export function useParticipantSearch(input: InputOf<'participants.search'>) {
  // The previous page stays on screen while the next one loads: no flicker while typing.
  return useQuery({ ...callOptions('participants.search', input), placeholderData: keepPreviousData });
}

export function useParticipant(id: number) {
  return useQuery(callOptions('participants.get', { id }));
}

const PEOPLE_READS = ['participants.search', 'participants.get', 'participants.lookupNik', 'classes.get'] as const;

export function useCreateParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'participants.create'>) => api.call('participants.create', input),
    onSuccess: () => invalidate(client, PEOPLE_READS),
  });
}

export function useUpdateParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'participants.update'>) => api.call('participants.update', input),
    onSuccess: () => invalidate(client, [...PEOPLE_READS, 'enrolments.check']),
  });
}
