import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { formatDateTime } from '@shared/format';
import { type MainApp, startMainApp } from '../app';
import { DatabaseDamaged, stageRestore } from '../db/restore';
import { dataPaths } from '../platform';
import { registerIpc } from './ipc';
import { startLogging } from './logging';
import { createElectronPlatform } from './platform';
import { denyAllPermissions, hardenWebContents } from './security';
import { appUrlOf, createMainWindow, resolveRendererSource } from './window';

/**
 * PELITA_DATA_DIR (tests, a second desk profile) moves everything, the Chromium profile and the
 * single-instance lock included; otherwise data lives in Electron's userData folder.
 */
function resolveDataDir(): string {
  const override = process.env['PELITA_DATA_DIR'];
  if (override) {
    const dir = resolve(override);
    // setPath throws for a missing folder. The path is the operator's own environment, not input.
    mkdirSync(dir, { recursive: true });
    app.setPath('userData', dir);
    return dir;
  }
  return app.getPath('userData');
}

function reportStartupFailure(dataDir: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Pelita tidak dapat dibuka / Pelita could not start',
    [
      'Basis data Pelita tidak dapat dibuka atau diperbarui.',
      'Tutup pesan ini dan hubungi petugas TI dengan menyebutkan keterangan di bawah.',
      '',
      'The Pelita database could not be opened or updated.',
      'Close this message and contact IT support with the details below.',
      '',
      `Folder data / Data folder: ${dataDir}`,
      `Keterangan / Details: ${detail}`,
    ].join('\n'),
  );
}

/** Says plainly that the data is damaged and asks whether to go back to the newest good copy. */
function offerRestore(backup: { path: string; takenAt: Date }): boolean {
  const when = formatDateTime(backup.takenAt.toISOString(), 'id');
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Data Pelita rusak / Pelita data is damaged',
    message: 'Basis data Pelita rusak dan tidak dapat dipakai. / The Pelita database is damaged.',
    detail: [
      `Salinan cadangan terakhir yang baik: ${when}.`,
      'Memulihkannya mengembalikan data ke saat itu; yang dicatat sesudahnya harus dimasukkan lagi.',
      'File yang rusak disimpan sebagai salinan, tidak dihapus.',
      '',
      `Latest good backup: ${formatDateTime(backup.takenAt.toISOString(), 'en')}. Restoring it returns the data to that moment.`,
    ].join('\n'),
    buttons: ['Pulihkan salinan ini / Restore this copy', 'Keluar / Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  return choice === 0;
}

/** Starts the desktop app: one instance, one window, the main router behind IPC. */
export function startShell(): void {
  const dataDir = resolveDataDir();
  startLogging(dataDir);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const isDev = !app.isPackaged;
  const source = resolveRendererSource(isDev);
  const appUrl = appUrlOf(source);
  let mainApp: MainApp | null = null;
  let mainWindow: BrowserWindow | null = null;

  hardenWebContents(() => appUrl);
  const ipc = registerIpc(() => appUrl);

  const openWindow = (started: MainApp): void => {
    const window = createMainWindow({ isDev, source });
    ipc.attach(window.webContents, started.createRouter());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  let closing = false;
  app.on('will-quit', (event) => {
    if (!mainApp || closing) return;
    event.preventDefault();
    closing = true;
    const started = mainApp;
    mainApp = null;
    started
      .close()
      .catch((error: unknown) => console.error('[shell] closing the database failed', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions();
      console.info(`[shell] data dir: ${dataDir}`);
      try {
        mainApp = await startMainApp(createElectronPlatform(dataDir), {
          logError: (errorId, method, error) => console.error(`[${errorId}] ${method}`, error),
        });
      } catch (error) {
        console.error('[shell] startup failed', error);
        if (error instanceof DatabaseDamaged && error.latestGoodBackup && offerRestore(error.latestGoodBackup)) {
          stageRestore(error.latestGoodBackup.path, dataPaths(dataDir).database);
          app.relaunch();
          app.exit(0);
          return;
        }
        reportStartupFailure(dataDir, error);
        app.exit(1);
        return;
      }
      openWindow(mainApp);
      app.on('activate', () => {
        if (mainApp && BrowserWindow.getAllWindows().length === 0) openWindow(mainApp);
      });
    })
    .catch((error: unknown) => {
      console.error('[shell] fatal', error);
      app.exit(1);
    });
}
