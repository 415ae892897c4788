import { useCallback, useRef, useState } from 'react';

/** A long job that main runs one part per call (certificate prints, report exports). */
export interface SteppedJob {
  jobId: string;
  finished: boolean;
}

/**
 * The three calls that drive a job; `start` answers null when the clerk cancelled main's dialog.
 * Pass them memoised (useMemo): a new object per render would rebuild `run` and `cancel`.
 */
export interface SteppedJobCalls<Request, Job extends SteppedJob> {
  start: (request: Request) => Promise<Job | null>;
  step: (jobId: string) => Promise<Job>;
  cancel: (jobId: string) => Promise<Job>;
  /** After every run however it ended: refetch what the job changed. */
  settled?: () => void;
}

/** How a run ended: the caller tells the clerk (and where the files went). */
export type JobOutcome<Job> =
  | { kind: 'cancelledDialog' }
  | { kind: 'finished'; job: Job }
  | { kind: 'stopped'; job: Job }
  | { kind: 'failed'; error: unknown }
  /** Another run of this hook was still going: nothing was started. */
  | { kind: 'busy' };

/**
 * Runs a job: start (main asks where), then step until finished, one part at a time so the
 * progress bar moves and "Batal" can stop between parts. The job lives in main; this only
 * drives it and remembers how far it got. One run at a time: a double click, which arrives
 * before `running` reaches the button, gets `busy` instead of a second job.
 */
export function useSteppedJob<Request, Job extends SteppedJob>(calls: SteppedJobCalls<Request, Job>) {
  const [job, setJob] = useState<Job | null>(null);
  // The last answer of the last run, kept after it ends: a finished job's final count arrives in
  // the same render as the end of the run, and a closing dialog shows it rather than an older one.
  const [lastJob, setLastJob] = useState<Job | null>(null);
  const show = useCallback((shown: Job) => {
    setJob(shown);
    setLastJob(shown);
  }, []);
  // What is being run, from the click on: a page with several start buttons shows which one.
  const [request, setRequest] = useState<Request | null>(null);
  const [running, setRunning] = useState(false);
  const busy = useRef(false);
  const stopRequested = useRef(false);
  const jobId = useRef<string | null>(null);
  const run = useCallback(
    async (input: Request): Promise<JobOutcome<Job>> => {
      if (busy.current) return { kind: 'busy' };
      busy.current = true;
      stopRequested.current = false;
      setRequest(() => input);
      setLastJob(null);
      setRunning(true);
      const { start, step, settled } = calls;
      let current: Job | null = null;
      try {
        current = await start(input);
        if (!current) return { kind: 'cancelledDialog' };
        jobId.current = current.jobId;
        show(current);
        while (!current.finished) {
          if (stopRequested.current) return { kind: 'stopped', job: current };
          const next: Job = await step(current.jobId);
          // A cancel pressed while this part was written wins: its answer is already on screen.
          if (stopRequested.current) return { kind: 'stopped', job: next };
          current = next;
          show(current);
        }
        return { kind: 'finished', job: current };
      } catch (error) {
        // A part asked for after "Batal" finds the job gone: that is the stop, not a failure.
        if (stopRequested.current && current) return { kind: 'stopped', job: current };
        return { kind: 'failed', error };
      } finally {
        busy.current = false;
        jobId.current = null;
        setRunning(false);
        setRequest(null);
        setJob(null);
        settled?.();
      }
    },
    [calls, show],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id === null || stopRequested.current) return;
    stopRequested.current = true;
    try {
      show(await calls.cancel(id));
    } catch {
      // The job finished (or vanished) in the meantime; the loop reports what was written.
    }
  }, [calls, show]);

  return { run, cancel, job, lastJob, running, request };
}
