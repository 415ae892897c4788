import { join } from 'node:path';
import log from 'electron-log/main';
import { dataPaths } from '../platform';

/** Past this size the log is renamed main.old.log and a new one starts: two files at most. */
const LOG_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Everything the main process writes with console.* also goes to logs/main.log in the data dir,
 * rotating, so an error id a clerk reads out on the phone can be found afterwards.
 */
export function startLogging(dataDir: string): void {
  log.transports.file.resolvePathFn = () => join(dataPaths(dataDir).logs, 'main.log');
  log.transports.file.maxSize = LOG_FILE_MAX_BYTES;
  log.errorHandler.startCatching({ showDialog: false });
  Object.assign(console, log.functions);
}
