import type BetterSqlite3 from 'better-sqlite3';

export interface IdleCheckpointer {
  /** Call after each committed write: the checkpoint waits until writes pause. */
  afterWrite(): void;
  stop(): void;
}

/**
 * Copies the WAL back into the database once the desk has been quiet for a moment, so that no
 * clerk's save pays for a checkpoint (SQLite's automatic one runs inside a commit). The raised
 * wal_autocheckpoint in open.ts stays as the backstop for long bursts.
 */
export function idleCheckpointer(sqlite: BetterSqlite3.Database, quietMs = 1000): IdleCheckpointer {
  let timer: NodeJS.Timeout | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(checkpoint, quietMs);
    timer.unref();
  };
  function checkpoint() {
    timer = null;
    if (!sqlite.open) return;
    // A call may be mid-transaction while it awaits (a password hash, a PDF): try again later.
    if (sqlite.inTransaction) return schedule();
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Another process holds a lock; the WAL stays valid and the next quiet moment retries.
      schedule();
    }
  }
  return {
    afterWrite: schedule,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
