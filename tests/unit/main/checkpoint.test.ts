import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { idleCheckpointer } from '../../../src/main/db/checkpoint';
import { openDatabase } from '../../../src/main/db/open';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('idle checkpoint', () => {
  it('waits for an open transaction (a call awaiting a password hash) instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pelita-checkpoint-'));
    dirs.push(dir);
    const handle = openDatabase(join(dir, 'pelita.db'));
    handle.sqlite.exec('CREATE TABLE t (v TEXT) STRICT');
    const checkpointer = idleCheckpointer(handle.sqlite, 5);
    for (let i = 0; i < 50; i++) handle.sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(1000));

    const trx = await handle.db.startTransaction().execute();
    // The transaction has written: a checkpoint on this connection now would fail with SQLITE_LOCKED.
    handle.sqlite.prepare('INSERT INTO t VALUES (?)').run('inside');
    checkpointer.afterWrite();
    await sleep(40); // several checkpoint attempts land inside the open transaction
    await trx.commit().execute();
    await sleep(40);

    expect(statSync(join(dir, 'pelita.db-wal')).size).toBeGreaterThan(0);
    const [state] = handle.sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(state?.checkpointed).toBe(state?.log);
    checkpointer.stop();
    await handle.close();
  });
});
