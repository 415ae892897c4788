import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AssessmentSheet, InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useAssessmentSheet(classId: number) {
  return useQuery(callOptions('assessment.sheet', { classId }));
}

export function useBnspList(classId: number) {
  return useQuery(callOptions('bnsp.list', { classId }));
}

/** Every write here answers with the whole sheet: it replaces the cached one, the rest refetches. */
function onSheet(client: QueryClient) {
  return (sheet: AssessmentSheet) => {
    client.setQueryData(callOptions('assessment.sheet', { classId: sheet.classId }).queryKey, sheet);
    return invalidate(client, ['classes.get', 'classes.list', 'bnsp.list', 'participants.get']);
  };
}

export function useRecordResults() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assessment.record'>) => api.call('assessment.record', input),
    onSuccess: onSheet(client),
  });
}

export function useOverrideOutcome() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'outcomes.override'>) => api.call('outcomes.override', input),
    onSuccess: onSheet(client),
  });
}

export function useClearOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'outcomes.clearOverride'>) => api.call('outcomes.clearOverride', input),
    onSuccess: onSheet(client),
  });
}

export function useRecordBnsp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'bnsp.record'>) => api.call('bnsp.record', input),
    onSuccess: () => invalidate(client, ['bnsp.list', 'participants.get']),
  });
}
