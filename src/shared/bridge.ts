import type { Envelope } from './errors';

/** What the preload exposes as `window.api`, and nothing more. */
export interface PelitaBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}

/** The IPC channel the preload and the shell agree on. */
export const IPC_CHANNEL = 'pelita:invoke';
