import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Platform } from '../platform';

/** The Electron side of Platform: native dialogs (starting in Documents), system viewer, wall clock. */
export function createElectronPlatform(dataDir: string): Platform {
  return {
    dataDir,
    now: () => new Date(),
    async chooseSavePath(request) {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), request.defaultName),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(request) {
      const options: Electron.OpenDialogOptions = { filters: request.filters, properties: ['openFile'] };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder() {
      const options: Electron.OpenDialogOptions = {
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async relaunch() {
      app.relaunch();
      app.quit();
    },
    async openPath(path) {
      const failure = await shell.openPath(path);
      if (failure) throw new Error(`Could not open ${path}: ${failure}`);
    },
  };
}
