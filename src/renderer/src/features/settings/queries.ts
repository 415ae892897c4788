import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useBlkProfile() {
  return useQuery(callOptions('settings.get', {}));
}

export function useUpdateBlkProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'settings.update'>) => api.call('settings.update', input),
    onSuccess: () => invalidate(client, ['settings.get', 'setup.status']),
  });
}
