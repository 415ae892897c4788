import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { buildWindowOptions } from './window-options';

/** Where the renderer comes from: the electron-vite dev server, or the built index.html. */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html. */
const outDir = join(import.meta.dirname, '..');

export const preloadPath = join(outDir, 'preload', 'index.cjs');

/** `electron-vite dev` sets ELECTRON_RENDERER_URL; otherwise (preview, packaged) load the built file. */
export function resolveRendererSource(isDev: boolean): RendererSource {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (isDev && devUrl) return { kind: 'url', url: devUrl };
  return { kind: 'file', path: join(outDir, 'renderer', 'index.html') };
}

/** The URL isAppUrl compares against. */
export function appUrlOf(source: RendererSource): string {
  return source.kind === 'url' ? source.url : pathToFileURL(source.path).href;
}

export function createMainWindow(options: { isDev: boolean; source: RendererSource }): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, isDev: options.isDev }));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[shell] renderer gone: ${details.reason} (exit ${details.exitCode})`);
  });
  const loading =
    options.source.kind === 'url' ? window.loadURL(options.source.url) : window.loadFile(options.source.path);
  loading.catch((error: unknown) => console.error('[shell] could not load the renderer', error));
  return window;
}
