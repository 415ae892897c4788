import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from '../../lib/api';
import { invalidate } from '../../lib/query';

/**
 * The import screen's calls. All are mutations: opening shows a dialog, and a preview belongs to
 * the mapping the clerk confirmed at that moment, not to a cache entry.
 */

/** An import creates and updates people: every list or page that shows them. */
const PEOPLE_READS: readonly MethodName[] = ['participants.search', 'participants.get', 'participants.lookupNik'];

export function useOpenImport() {
  return useMutation({ mutationFn: () => api.call('imports.open', {}) });
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (input: InputOf<'imports.preview'>) => api.call('imports.preview', input) });
}

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'imports.commit'>) => api.call('imports.commit', input),
    onSuccess: () => invalidate(client, PEOPLE_READS),
  });
}

/** Lets main drop a file the clerk walked away from; a failure only means it was gone already. */
export function discardImport(importId: string): void {
  void api.call('imports.discard', { importId }).catch(() => undefined);
}
