import type { PelitaBridge } from '@shared/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (or bound by the e2e harness): the only door to the main process. */
    api: PelitaBridge;
  }
}

export {};
