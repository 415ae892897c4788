import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useRooms() {
  return useQuery(callOptions('rooms.list', {}));
}

export function useMtuSites() {
  return useQuery(callOptions('mtuSites.list', {}));
}

export function useSaveRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'rooms.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('rooms.create', fields) : api.call('rooms.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, ['rooms.list']),
  });
}

export function useSaveMtuSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'mtuSites.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('mtuSites.create', fields) : api.call('mtuSites.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, ['mtuSites.list']),
  });
}
