import type { Envelope } from '../src/shared/errors';

/** The value of a router call the benchmark relies on; a failed setup or warm-up call aborts the run. */
export function unwrap<T>(envelope: Envelope<unknown>, what: string): T {
  if (!envelope.ok) throw new Error(`${what} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}
