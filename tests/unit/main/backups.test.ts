import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIntegrity, dailyBackupsToDelete, takeBackup } from '../../../src/main/db/backups';
import { startMainApp } from '../../../src/main/app';
import { DatabaseDamaged, stagedPath, stageRestore } from '../../../src/main/db/restore';
import { createFolderPlatform, dataPaths } from '../../../src/main/platform';
import { BLK, createSetUpApp, person } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-backup-'));
  dirs.push(dir);
  return dir;
}

const daily = (day: string) => `pelita-daily-${day}.db`;

describe('daily backup rotation', () => {
  it('keeps the newest seven days and the newest copy of each of the last twelve months', () => {
    const days: string[] = [];
    // Every day from 1 December 2025 to 23 November 2026.
    for (let at = Date.UTC(2025, 11, 1); at <= Date.UTC(2026, 10, 23); at += 86_400_000) {
      days.push(new Date(at).toISOString().slice(0, 10));
    }
    const names = [...days.map(daily), 'pelita-manual-2026-01-01T00-00-00-000Z.db', 'notes.txt'];
    const deleted = new Set(dailyBackupsToDelete(names));
    const kept = names.filter((name) => !deleted.has(name));
    expect(kept).toEqual([
      daily('2025-12-31'),
      daily('2026-01-31'),
      daily('2026-02-28'),
      daily('2026-03-31'),
      daily('2026-04-30'),
      daily('2026-05-31'),
      daily('2026-06-30'),
      daily('2026-07-31'),
      daily('2026-08-31'),
      daily('2026-09-30'),
      daily('2026-10-31'),
      ...['17', '18', '19', '20', '21', '22', '23'].map((day) => daily(`2026-11-${day}`)),
      'pelita-manual-2026-01-01T00-00-00-000Z.db',
      'notes.txt',
    ]);
  });

  it('keeps everything while there are fewer copies than that', () => {
    expect(dailyBackupsToDelete([daily('2026-11-22'), daily('2026-11-23')])).toEqual([]);
  });
});

describe('taking a backup', () => {
  it('writes a copy that passes the integrity check and leaves no temp file', async () => {
    const dir = tempDir();
    const source = new BetterSqlite3(join(dir, 'source.db'));
    source.exec("CREATE TABLE t (v TEXT) STRICT; INSERT INTO t VALUES ('kept')");
    const path = await takeBackup(source, join(dir, 'backups'), 'copy.db');
    source.close();
    expect(checkIntegrity(path)).toBe('ok');
    expect(readdirSync(join(dir, 'backups'))).toEqual(['copy.db']);
  });

  it('refuses a file that is not a database', () => {
    const file = join(tempDir(), 'broken.db');
    writeFileSync(file, 'this is not SQLite '.repeat(100));
    expect(checkIntegrity(file)).toMatch(/not a database/);
  });
});

describe('backup at start', () => {
  it('takes one verified copy per BLK day once set up, and none before', async () => {
    const dataDir = tempDir();
    const clock = { now: new Date('2026-11-23T02:00:00.000Z') };
    const platform = createFolderPlatform(dataDir, () => clock.now);
    const first = await startMainApp(platform);
    expect(first.startupBackup).toBeNull();
    const router = first.createRouter();
    const setup = await router.dispatch('setup.init', {
      blk: BLK,
      admin: { username: 'admin', fullName: 'Admin BLK', password: 'rahasia123' },
    });
    expect(setup.ok).toBe(true);
    await first.close();

    const second = await startMainApp(platform);
    expect(second.startupBackup).toBe(join(dataPaths(dataDir).backups, 'pelita-daily-2026-11-23.db'));
    await second.close();
    const third = await startMainApp(platform);
    expect(third.startupBackup).toBeNull();
    await third.close();
    // 16:30 UTC is already the next day in Paser (WITA, UTC+8).
    clock.now = new Date('2026-11-23T16:30:00.000Z');
    const nextDay = await startMainApp(platform);
    expect(nextDay.startupBackup).toMatch(/pelita-daily-2026-11-24\.db$/);
    expect(existsSync(nextDay.startupBackup ?? '')).toBe(true);
    expect(checkIntegrity(nextDay.startupBackup ?? '')).toBe('ok');
    await nextDay.close();
  });
});

describe('backups on demand', () => {
  it('lists the copies newest first, takes a verified one now, and copies one with the images to a folder', async () => {
    const t = await createSetUpApp();
    try {
      expect(await t.call('backups.list', {})).toEqual([]);
      const made = await t.call('backups.create', {});
      expect(made).toMatchObject({
        kind: 'manual',
        fileName: expect.stringMatching(/^pelita-manual-2026-11-23T02-00/),
      });
      expect(made.sizeBytes).toBeGreaterThan(0);
      expect(checkIntegrity(join(dataPaths(t.dataDir).backups, made.fileName))).toBe('ok');
      expect((await t.call('backups.list', {})).map((backup) => backup.fileName)).toEqual([made.fileName]);

      mkdirSync(dataPaths(t.dataDir).images, { recursive: true });
      writeFileSync(join(dataPaths(t.dataDir).images, 'logo-test.png'), 'png bytes');
      const copied = await t.call('backups.copyToFolder', {});
      expect(copied?.fileName).toBe('Pelita-cadangan-2026-11-23-02-00-00');
      const folder = copied?.path ?? '';
      expect(checkIntegrity(join(folder, 'pelita.db'))).toBe('ok');
      expect(readdirSync(join(folder, 'images'))).toEqual(['logo-test.png']);
      const copy = new BetterSqlite3(join(folder, 'pelita.db'), { readonly: true });
      expect(copy.prepare('SELECT blk_name FROM settings').pluck().get()).toBe(BLK.name);
      copy.close();
    } finally {
      await t.close();
    }
  });

  it('is for admins only', async () => {
    const t = await createSetUpApp();
    try {
      await t.call('operators.create', {
        username: 'loket',
        fullName: 'Petugas',
        role: 'front_desk',
        password: 'loket12345',
      });
      const desk = t.app.createRouter();
      await t.call('auth.login', { username: 'loket', password: 'loket12345' }, desk);
      expect(await t.fail('backups.create', {}, desk)).toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await t.close();
    }
  });
});

describe('restore', () => {
  it('shows what a backup holds, then restores it at the next start, keeping the current data as a copy', async () => {
    const t = await createSetUpApp();
    await t.call('participants.create', person({ fullName: 'Sebelum Cadangan' }));
    const backup = await t.call('backups.create', {});
    await t.call('participants.create', person({ fullName: 'Sesudah Cadangan' }));
    expect(await t.call('backups.inspect', { fileName: backup.fileName })).toMatchObject({
      integrity: 'ok',
      counts: { participants: 1, classes: 0, certificates: 0 },
    });
    expect(await t.fail('backups.inspect', { fileName: '../pelita.db' })).toMatchObject({ code: 'NOT_FOUND' });

    expect(await t.call('backups.restore', { fileName: backup.fileName })).toEqual({ restarting: true });
    await t.app.close();

    const restarted = await startMainApp(createFolderPlatform(t.dataDir, () => t.clock.now));
    try {
      expect(restarted.restore).toMatchObject({
        applied: true,
        previousSavedAs: expect.stringMatching(/^pelita-before-restore-/),
      });
      const names = restarted.handle.sqlite.prepare('SELECT full_name FROM participants').pluck().all();
      expect(names).toEqual(['Sebelum Cadangan']);
      const saved = join(
        dataPaths(t.dataDir).backups,
        (restarted.restore as { previousSavedAs: string }).previousSavedAs,
      );
      const old = new BetterSqlite3(saved, { readonly: true });
      expect(old.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(2);
      old.close();
      expect(
        restarted.handle.sqlite
          .prepare("SELECT count(*) FROM audit_log WHERE method = 'backups.restore'")
          .pluck()
          .get(),
      ).toBe(1);
    } finally {
      await restarted.close();
      rmSync(t.dataDir, { recursive: true, force: true });
    }
  });

  it('imports a copy from a USB stick into the list after checking it, and refuses a file that is no database', async () => {
    const t = await createSetUpApp();
    try {
      const copied = await t.call('backups.copyToFolder', {});
      const onStick = join(copied?.path ?? '', 'pelita.db');
      t.platform.nextOpenPath = null;
      expect(await t.call('backups.importFile', {})).toBeNull();
      t.platform.nextOpenPath = onStick;
      const imported = await t.call('backups.importFile', {});
      expect(imported).toMatchObject({ kind: 'manual' });
      expect((await t.call('backups.list', {})).map((backup) => backup.fileName)).toContain(imported?.fileName);

      const notes = join(t.dataDir, 'catatan.db');
      writeFileSync(notes, 'bukan basis data '.repeat(200));
      t.platform.nextOpenPath = notes;
      expect(await t.fail('backups.importFile', {})).toMatchObject({ code: 'BACKUP_CHECK_FAILED' });
      expect(await t.call('backups.list', {})).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('sets a staged copy that fails its check aside and leaves the current data untouched', async () => {
    const t = await createSetUpApp();
    await t.call('participants.create', person({ fullName: 'Tetap Ada' }));
    await t.app.close();
    writeFileSync(stagedPath(dataPaths(t.dataDir).database), 'not a database at all '.repeat(300));
    const restarted = await startMainApp(createFolderPlatform(t.dataDir, () => t.clock.now));
    try {
      expect(restarted.restore).toMatchObject({ applied: false });
      expect(restarted.handle.sqlite.prepare('SELECT full_name FROM participants').pluck().all()).toEqual([
        'Tetap Ada',
      ]);
      expect(existsSync(stagedPath(dataPaths(t.dataDir).database))).toBe(false);
    } finally {
      await restarted.close();
      rmSync(t.dataDir, { recursive: true, force: true });
    }
  });
});

describe('start-up check', () => {
  it('refuses a damaged database, names the newest good backup, and restores it in place of the damaged file', async () => {
    const t = await createSetUpApp();
    await t.call('participants.create', person({ fullName: 'Dari Cadangan' }));
    const good = await t.call('backups.create', {});
    await t.app.close();
    const database = dataPaths(t.dataDir).database;
    // A power cut mid-write on a bad disk: garbage over the file's first pages.
    writeFileSync(database, 'rusak '.repeat(2000));
    rmSync(`${database}-wal`, { force: true });
    const platform = createFolderPlatform(t.dataDir, () => t.clock.now);
    const refused = await startMainApp(platform).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseDamaged);
    const damaged = refused as DatabaseDamaged;
    expect(damaged.latestGoodBackup?.path).toBe(join(dataPaths(t.dataDir).backups, good.fileName));

    stageRestore(damaged.latestGoodBackup?.path ?? '', database);
    const restarted = await startMainApp(platform);
    try {
      expect(restarted.restore).toMatchObject({ applied: true, previousSavedAs: expect.stringMatching(/\.damaged$/) });
      expect(restarted.handle.sqlite.prepare('SELECT full_name FROM participants').pluck().all()).toEqual([
        'Dari Cadangan',
      ]);
    } finally {
      await restarted.close();
      rmSync(t.dataDir, { recursive: true, force: true });
    }
  });
});
