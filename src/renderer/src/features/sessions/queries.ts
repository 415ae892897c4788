import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/** Every read a change of the timetable can alter (the attendance grid lists sessions too). */
const SESSION_READS: MethodName[] = ['sessions.list', 'attendance.grid', 'attendance.teachingLog'];

export function useHolidays(year: number) {
  return useQuery(callOptions('holidays.list', { year }));
}

export function useSaveHoliday() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'holidays.save'>) => api.call('holidays.save', input),
    onSuccess: () => invalidate(client, ['holidays.list']),
  });
}

export function useDeleteHoliday() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'holidays.delete'>) => api.call('holidays.delete', input),
    onSuccess: () => invalidate(client, ['holidays.list']),
  });
}

export function useSessions(input: InputOf<'sessions.list'>, enabled = true) {
  return useQuery({ ...callOptions('sessions.list', input), enabled, placeholderData: (previous) => previous });
}

/** The preview is a read, but it runs when the clerk asks for it, so it is a mutation here. */
export function usePlanSchedule() {
  return useMutation({ mutationFn: (input: InputOf<'sessions.plan'>) => api.call('sessions.plan', input) });
}

export function useGenerateSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.generate'>) => api.call('sessions.generate', input),
    onSuccess: () => invalidate(client, SESSION_READS),
  });
}

export function useSaveSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined ? api.call('sessions.create', fields) : api.call('sessions.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, SESSION_READS),
  });
}

export function useMoveSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.move'>) => api.call('sessions.move', input),
    onSuccess: () => invalidate(client, SESSION_READS),
  });
}

export function useDeleteSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.delete'>) => api.call('sessions.delete', input),
    onSuccess: () => invalidate(client, SESSION_READS),
  });
}

export function usePrintTimetable() {
  return useMutation({
    mutationFn: (input: InputOf<'sessions.printTimetable'>) => api.call('sessions.printTimetable', input),
  });
}
