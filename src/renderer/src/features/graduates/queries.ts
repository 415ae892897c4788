import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/**
 * Every read a follow-up or a placement changes: the due list, the graduates and their status,
 * the companies' placement counts, and the dashboard's rates (built in another room).
 */
export const GRADUATE_READS: readonly MethodName[] = [
  'followUps.due',
  'graduates.list',
  'graduates.get',
  'companies.list',
  'companies.get',
  'dashboard.today',
  'dashboard.charts',
];

export function useFollowUpSettings() {
  return useQuery(callOptions('followUps.settings', {}));
}

export function useSaveFollowUpSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'followUps.saveSettings'>) => api.call('followUps.saveSettings', input),
    // New intervals move every due date.
    onSuccess: () => invalidate(client, ['followUps.settings', ...GRADUATE_READS]),
  });
}

/** One page of the due list; the previous page stays on screen while the next loads. */
export function useDueFollowUps(input: InputOf<'followUps.due'>) {
  return useQuery({ ...callOptions('followUps.due', input), placeholderData: keepPreviousData });
}

export function useExportContacts() {
  return useMutation({
    mutationFn: (input: InputOf<'followUps.exportContacts'>) => api.call('followUps.exportContacts', input),
  });
}

export function useRecordFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'followUps.record'>) => api.call('followUps.record', input),
    onSuccess: () => invalidate(client, GRADUATE_READS),
  });
}

export function useGraduates(input: InputOf<'graduates.list'>) {
  return useQuery({ ...callOptions('graduates.list', input), placeholderData: keepPreviousData });
}

export function useGraduate(enrolmentId: number) {
  return useQuery(callOptions('graduates.get', { enrolmentId }));
}
