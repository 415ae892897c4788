import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface SaveRequest {
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

/** The outside world as services see it. The Electron shell implements it with dialogs; tests with a folder. */
export interface Platform {
  /** Holds pelita.db, backups/, output/, logs/. */
  readonly dataDir: string;
  now(): Date;
  /** Where to write a file the user asked for; null when the user cancels the dialog. */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  /** Hands a written file to the system viewer. */
  openPath(path: string): Promise<void>;
}

export const dataPaths = (dataDir: string) => ({
  database: join(dataDir, 'pelita.db'),
  backups: join(dataDir, 'backups'),
  output: join(dataDir, 'output'),
  logs: join(dataDir, 'logs'),
});

/** Headless platform: files go to output/ under the data dir, nothing is opened. */
export function createFolderPlatform(
  dataDir: string,
  clock: () => Date = () => new Date(),
): Platform & { opened: string[] } {
  const opened: string[] = [];
  return {
    dataDir,
    opened,
    now: clock,
    async chooseSavePath(request) {
      const folder = dataPaths(dataDir).output;
      await mkdir(folder, { recursive: true });
      return join(folder, request.defaultName);
    },
    async openPath(path) {
      opened.push(path);
    },
  };
}
