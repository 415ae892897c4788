import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasElectronBinary = existsSync(join(root, 'node_modules', 'electron', 'dist'));

test.skip(!hasElectronBinary, 'skipped: no Electron binary (node_modules/electron/dist missing)');

test.beforeAll(() => {
  // The app starts from out/; PELITA_SKIP_BUILD=1 reuses an existing build.
  if (process.env['PELITA_SKIP_BUILD'] === '1' && existsSync(join(root, 'out', 'main', 'index.js'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
});

test('a fresh data dir opens the setup screen, with the API behind a sandboxed preload', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'pelita-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  env['PELITA_DATA_DIR'] = dataDir;
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox stays on.
  const extraArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

  const app = await electron.launch({ args: [...extraArgs, root], cwd: root, env });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Selamat datang di Pelita' })).toBeVisible();

    const exposed = await page.evaluate(() => ({
      api: typeof (window as unknown as { api?: { invoke?: unknown } }).api?.invoke,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });

    const status = await page.evaluate(() =>
      (window as unknown as { api: { invoke(method: string, input: unknown): Promise<unknown> } }).api.invoke(
        'setup.status',
        {},
      ),
    );
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true } });

    // Setup and one enrolment over the real IPC channel, as the renderer would send them.
    const invoke = (method: string, input: unknown) =>
      page.evaluate(
        ([name, args]) =>
          (window as unknown as { api: { invoke(method: string, input: unknown): Promise<unknown> } }).api.invoke(
            name as string,
            args,
          ),
        [method, input] as const,
      );
    const admin = { username: 'admin', fullName: 'Admin BLK', password: 'rahasia123' };
    expect(
      await invoke('setup.init', { blk: { name: 'UPTD BLK Paser', headName: 'Kepala BLK' }, admin }),
    ).toMatchObject({ ok: true });
    const program = (await invoke('programs.create', {
      code: 'OPK',
      name: 'Operator Komputer',
      trade: 'TIK',
      totalJp: 240,
      rules: {},
    })) as { value: { id: number } };
    const klass = (await invoke('classes.create', {
      programId: program.value.id,
      name: 'OPK Angkatan 1',
      startDate: '2030-01-07',
      endDate: '2030-02-15',
    })) as { value: { id: number } };
    const person = (await invoke('participants.create', {
      nik: '6401054501990001',
      fullName: 'Siti Aminah',
      birthPlace: 'Tanah Grogot',
      birthDate: '1999-01-05',
      sex: 'P',
      phone: '081234567890',
      education: 'SMA',
      activity: 'not_working',
    })) as { value: { id: number } };
    expect(
      await invoke('enrolments.enroll', { participantId: person.value.id, classId: klass.value.id }),
    ).toMatchObject({
      ok: true,
      value: { status: 'registered' },
    });
    await page.reload();
    await expect(page.getByRole('link', { name: 'Pendaftaran', exact: true })).toBeVisible();

    expect(existsSync(join(dataDir, 'pelita.db'))).toBe(true);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
