/**
 * What the crash test's parent and its writer child say to each other. The parent sends one
 * line of JSON (a WriterConfig) on stdin; the child answers on stdout, one line per event:
 *
 *   LOADED                          modules loaded, waiting for the config
 *   READY                           app started on the data dir and signed in
 *   BEGIN <n> <kind> <json>         write n is about to be dispatched
 *   COMMITTED <n> <kind> <json>     write n returned ok (so it is committed)
 *   CHECKPOINT <n> / CHECKPOINTED <n>   a WAL checkpoint between writes, as the idle checkpointer runs it
 *   FATAL <message>                 something that must not happen (a refused write): the trial fails
 */
import type { AttendanceMark, EnrolmentStatus } from '@shared/domain';

/** Fixed, so every trial computes the same dates and the template's daily backup counts as today's. */
export const CLOCK = '2026-11-23T02:00:00.000Z';

export const ADMIN = { username: 'admin', password: 'rahasia123' } as const;

export interface TemplateFacts {
  /** An open class (small quota) the child enrols new people into: past the quota they are reserves. */
  openClassId: number;
  /** A running class with sessions held before the clock's today: the child takes attendance. */
  runningClassId: number;
  sessionIds: number[];
  traineeIds: number[];
  /** Graduates of a finished class without a certificate yet: the child issues theirs. */
  graduateIds: number[];
}

export interface WriterConfig extends TemplateFacts {
  dataDir: string;
  /** Seeds the child's choices (what to write next), so one trial's mix can be replayed. */
  seed: number;
}

export type Written =
  | { kind: 'participant'; id: number; nik: string; fullName: string }
  | {
      kind: 'enrolment';
      id: number;
      registrationNo: string;
      participantId: number;
      classId: number;
      status: EnrolmentStatus;
    }
  | { kind: 'attendance'; sessionId: number; marks: { enrolmentId: number; mark: AttendanceMark }[] }
  | { kind: 'withdraw'; enrolmentId: number; promotedId: number | null }
  | { kind: 'certificate'; id: number; enrolmentId: number; serial: string }
  | { kind: 'print'; certificateIds: number[]; file: string };

export type WriteKind = Written['kind'];

/** What a write is about to do: enough for the parent to accept either outcome of one cut short. */
export type Intent =
  | { kind: 'participant'; nik: string }
  | { kind: 'enrolment'; participantId: number }
  | { kind: 'attendance'; sessionId: number; marks: { enrolmentId: number; mark: AttendanceMark }[] }
  | { kind: 'withdraw'; enrolmentId: number }
  | { kind: 'certificate'; enrolmentId: number }
  | { kind: 'print'; certificateIds: number[] };

/** Mulberry32: a small seeded PRNG, good enough to pick delays and writes reproducibly. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
