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
  /** A file the user picks to read (an image for the certificate); null when cancelled. */
  chooseOpenPath(request: Omit<SaveRequest, 'defaultName'>): Promise<string | null>;
  /** A folder to write many files into (one certificate PDF each); null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Hands a written file to the system viewer. */
  openPath(path: string): Promise<void>;
  /** Closes the app and starts it again (after a restore was staged). */
  relaunch(): Promise<void>;
}

export const dataPaths = (dataDir: string) => ({
  database: join(dataDir, 'pelita.db'),
  backups: join(dataDir, 'backups'),
  output: join(dataDir, 'output'),
  logs: join(dataDir, 'logs'),
  /** The logo and signature copied in for certificates. */
  images: join(dataDir, 'images'),
});

/**
 * Headless platform: files go to output/ under the data dir, nothing is opened; the file to open
 * is whatever a test puts in `nextOpenPath` (null: the user cancels).
 */
export function createFolderPlatform(
  dataDir: string,
  clock: () => Date = () => new Date(),
): Platform & { opened: string[]; nextOpenPath: string | null; relaunches: number } {
  const opened: string[] = [];
  return {
    dataDir,
    opened,
    nextOpenPath: null,
    relaunches: 0,
    now: clock,
    async relaunch() {
      this.relaunches += 1;
    },
    async chooseOpenPath() {
      return this.nextOpenPath;
    },
    async chooseFolder() {
      const folder = join(dataPaths(dataDir).output, 'certificates');
      await mkdir(folder, { recursive: true });
      return folder;
    },
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
