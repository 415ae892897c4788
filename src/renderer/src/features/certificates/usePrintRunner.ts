import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { InputOf, PrintJob } from '@shared/contract';
import { api } from '../../lib/api';
import { invalidate } from '../../lib/query';
import { CERTIFICATE_READS } from './queries';

export type PrintRequest = Omit<InputOf<'certificates.startPrint'>, 'locale'>;

/** How a print run ended: the caller tells the clerk (and where the files went). */
export type PrintOutcome =
  | { kind: 'cancelledDialog' }
  | { kind: 'finished'; job: PrintJob }
  | { kind: 'stopped'; job: PrintJob }
  | { kind: 'failed'; error: unknown };

/**
 * Runs a print job: startPrint (main asks where), then continuePrint until finished, one part at
 * a time so the progress bar moves and "Batal" can stop between parts. The job lives in main;
 * this only drives it and remembers how far it got.
 */
export function usePrintRunner(locale: InputOf<'certificates.startPrint'>['locale']) {
  const client = useQueryClient();
  const [job, setJob] = useState<PrintJob | null>(null);
  const [running, setRunning] = useState(false);
  const stopRequested = useRef(false);
  const jobId = useRef<string | null>(null);

  const run = useCallback(
    async (request: PrintRequest): Promise<PrintOutcome> => {
      if (jobId.current !== null) return { kind: 'failed', error: new Error('a print job is running') };
      stopRequested.current = false;
      setRunning(true);
      try {
        const started = await api.call('certificates.startPrint', { ...request, locale });
        if (!started) return { kind: 'cancelledDialog' };
        let current: PrintJob = started;
        jobId.current = current.jobId;
        setJob(current);
        while (!current.finished) {
          if (stopRequested.current) return { kind: 'stopped', job: current };
          const next: PrintJob = await api.call('certificates.continuePrint', { jobId: current.jobId });
          // A cancel pressed while this part was written wins: its answer is already on screen.
          if (stopRequested.current) return { kind: 'stopped', job: next };
          current = next;
          setJob(current);
        }
        return { kind: 'finished', job: current };
      } catch (error) {
        return { kind: 'failed', error };
      } finally {
        jobId.current = null;
        setRunning(false);
        setJob(null);
        // Copies and "printed before" changed, also for a stopped or failed run.
        void invalidate(client, CERTIFICATE_READS);
      }
    },
    [client, locale],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id === null || stopRequested.current) return;
    stopRequested.current = true;
    try {
      setJob(await api.call('certificates.cancelPrint', { jobId: id }));
    } catch {
      // PRINT_JOB_GONE: the job finished in the meantime; the loop reports what was written.
    }
  }, []);

  return { run, cancel, job, running };
}
