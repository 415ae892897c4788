import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useBackups() {
  return useQuery(callOptions('backups.list', {}));
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('backups.create', {}),
    onSuccess: () => invalidate(client, ['backups.list']),
  });
}

export function useCopyBackupToFolder() {
  return useMutation({ mutationFn: () => api.call('backups.copyToFolder', {}) });
}

export function useRestoreBackup() {
  return useMutation({ mutationFn: (input: { fileName: string }) => api.call('backups.restore', input) });
}

export function useImportBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('backups.importFile', {}),
    onSuccess: () => invalidate(client, ['backups.list']),
  });
}
