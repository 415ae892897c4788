import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/** Every read an enrolment or a status change can alter: seats, rosters, a person's history, the checks. */
const ENROLMENT_READS: readonly MethodName[] = [
  'classes.list',
  'classes.get',
  'participants.get',
  'enrolments.check',
  'classes.warnings',
];

export function useEligibility(participantId: number, classId: number) {
  // Always fresh: another desk may have taken the last seat a minute ago.
  return useQuery({ ...callOptions('enrolments.check', { participantId, classId }), staleTime: 0 });
}

export function useEnroll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'enrolments.enroll'>) => api.call('enrolments.enroll', input),
    onSuccess: () => invalidate(client, ENROLMENT_READS),
  });
}

export function useSetEnrolmentStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'enrolments.setStatus'>) => api.call('enrolments.setStatus', input),
    onSuccess: () => invalidate(client, ENROLMENT_READS),
  });
}

export function usePrintReceipt() {
  return useMutation({
    mutationFn: (input: InputOf<'enrolments.printReceipt'>) => api.call('enrolments.printReceipt', input),
  });
}
