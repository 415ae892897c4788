import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClassSummary, InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export function useClasses(status?: ClassSummary['status']) {
  return useQuery(callOptions('classes.list', status ? { status } : {}));
}

export function useClassDetail(id: number) {
  return useQuery(callOptions('classes.get', { id }));
}

/** What a change to a class (status, dates, roster) can alter: its tabs read the last four. */
const CLASS_READS = [
  'classes.list',
  'classes.get',
  'programs.list',
  'enrolments.check',
  'participants.get',
  'sessions.list',
  'attendance.grid',
  'assessment.sheet',
  'bnsp.list',
] as const;

export function useSaveClass() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'classes.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('classes.create', fields) : api.call('classes.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, [...CLASS_READS, 'classes.warnings']),
  });
}

/** Certificate problems of class instructors, and classes starting soon below their minimum. */
export function useClassWarnings() {
  return useQuery(callOptions('classes.warnings', {}));
}

export function useSetClassStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'classes.setStatus'>) => api.call('classes.setStatus', input),
    onSuccess: () => invalidate(client, [...CLASS_READS, 'classes.warnings']),
  });
}

export function useTransferEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'enrolments.transfer'>) => api.call('enrolments.transfer', input),
    onSuccess: () => invalidate(client, [...CLASS_READS, 'classes.warnings']),
  });
}
