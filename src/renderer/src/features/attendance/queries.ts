import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions } from '../../lib/query';

export function useAttendanceGrid(classId: number) {
  return useQuery(callOptions('attendance.grid', { classId }));
}

export function usePrintSignInSheet() {
  return useMutation({
    mutationFn: (input: InputOf<'attendance.printSignInSheet'>) => api.call('attendance.printSignInSheet', input),
  });
}

export function useTeachingLog(month: string) {
  return useQuery(callOptions('attendance.teachingLog', { month }));
}

/** Reads that show attendance figures somewhere else: refetched after every save. */
export const ATTENDANCE_READERS = [
  'classes.get',
  'assessment.sheet',
  'attendance.teachingLog',
  'sessions.list',
] as const;
