import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Smoke tests of the real Electron app. They need Electron's binary (node_modules/electron/dist),
 * which installs with ELECTRON_SKIP_BINARY_DOWNLOAD unset; without it this config finds no tests
 * and `npm run test:electron` (which passes --pass-with-no-tests) says why and succeeds.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const hasElectronBinary = existsSync(join(root, 'node_modules', 'electron', 'dist'));

if (!hasElectronBinary && !process.env['TEST_WORKER_INDEX']) {
  console.log('skipped: no Electron binary (node_modules/electron/dist missing)');
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  testIgnore: hasElectronBinary ? [] : ['**/*'],
  outputDir: join(root, 'test-results', 'electron'),
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
});
