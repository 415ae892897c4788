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
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

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

    expect(existsSync(join(dataDir, 'pelita.db'))).toBe(true);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
