import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';

/** Every migration by name, in order. Bundling cannot glob a folder, so each one is listed here. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
};
