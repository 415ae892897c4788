import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check (its CLI runs the same two before packaging);
// deep paths because electron-builder does not re-export them.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const projectDir = resolve(import.meta.dirname, '../../..');

describe('packaging configuration (npm run dist)', () => {
  it('passes electron-builder’s own schema check', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check is real: a misspelt option is refused.
    await expect(
      validateConfiguration({ ...config, asarUnpak: ['x'] } as typeof config, new DebugLogger(false)),
    ).rejects.toThrow(/asarUnpak/);
  });

  it('builds an NSIS installer for Windows and AppImage and deb for Linux', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('locks the Electron binary down with fuses and loads the app only from a checked asar', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('keeps the native SQLite module outside the asar and ships the PDF fonts where main looks', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    // src/main/pdf/fonts.ts looks in process.resourcesPath/fonts in a packaged app.
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
  });
});
