/**
 * Files opened for import, kept in memory between the steps of the screen (open, map, preview,
 * commit) under a random id. A restart forgets them (IMPORT_GONE), which is fine: the clerk
 * picks the file again. Only the last few are kept, since each holds a whole file's rows.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '@shared/errors';
import type { Sheet } from './sheet';

export interface OpenedImport {
  fileName: string;
  sheet: Sheet;
}

const MAX_KEPT = 4;
const opened = new Map<string, OpenedImport>();

export function keepImport(entry: OpenedImport): string {
  const importId = randomUUID();
  opened.set(importId, entry);
  // A Map iterates in insertion order: the first key is the oldest file.
  while (opened.size > MAX_KEPT) opened.delete(opened.keys().next().value as string);
  return importId;
}

export function requireImport(importId: string): OpenedImport {
  const entry = opened.get(importId);
  if (!entry) throw new DomainError('IMPORT_GONE', 'No such import (committed, discarded or the app restarted)');
  return entry;
}

export function forgetImport(importId: string): void {
  opened.delete(importId);
}
