import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InputOf, PrintJob } from '@shared/contract';
import { api } from '../../lib/api';
import { invalidate } from '../../lib/query';
import { useSteppedJob, type JobOutcome } from '../../lib/useSteppedJob';
import { CERTIFICATE_READS } from './queries';

export type PrintRequest = Omit<InputOf<'certificates.startPrint'>, 'locale'>;

/** How a print run ended: the caller tells the clerk (and where the files went). */
export type PrintOutcome = JobOutcome<PrintJob>;

/**
 * Runs a print job (startPrint, then continuePrint until finished, cancelPrint on "Batal") with
 * the shared stepped-job loop; the job lives in main.
 */
export function usePrintRunner(locale: InputOf<'certificates.startPrint'>['locale']) {
  const client = useQueryClient();
  const calls = useMemo(
    () => ({
      start: (request: PrintRequest) => api.call('certificates.startPrint', { ...request, locale }),
      step: (jobId: string) => api.call('certificates.continuePrint', { jobId }),
      cancel: (jobId: string) => api.call('certificates.cancelPrint', { jobId }),
      // Copies and "printed before" changed, also for a stopped or failed run.
      settled: () => void invalidate(client, CERTIFICATE_READS),
    }),
    [client, locale],
  );
  return useSteppedJob(calls);
}
