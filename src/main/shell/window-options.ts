/**
 * The window's security settings and the URL checks the shell relies on. Pure: it imports only
 * Electron's types, so unit tests can load it without the Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload script (out/preload/index.cjs). */
  preloadPath: string;
  /** Unpackaged run (electron-vite dev/preview): DevTools may be opened. */
  isDev: boolean;
}

export function buildWindowOptions({ preloadPath, isDev }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Pelita',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: '#f8f9fa',
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: isDev,
    },
  };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own page. `appUrl` is where the shell loaded the renderer from:
 * the dev server (`http://localhost:5173/`) in development, or the file URL of
 * out/renderer/index.html in production. A file URL must name that exact file (any hash, since
 * the router lives in it); an http(s) URL must share the dev server's origin. Everything else
 * (other files, other origins, javascript:, data:, blob:, about:) is not the app.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!candidate || !app) return false;
  if (app.protocol === 'file:') {
    return (
      candidate.protocol === 'file:' &&
      candidate.host === app.host &&
      candidate.pathname === app.pathname &&
      candidate.search === ''
    );
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    // Compare the scheme too: a blob: URL reports the origin of the page that made it.
    return candidate.protocol === app.protocol && candidate.origin === app.origin;
  }
  return false;
}

/** Hosts whose https pages `shell.openExternal` may open. Empty: nothing leaves the app yet. */
export const EXTERNAL_HOSTS: readonly string[] = [];

/** True when `url` may be handed to the system browser: https, no credentials, an allowlisted host. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const candidate = parseUrl(url);
  if (!candidate) return false;
  if (candidate.protocol !== 'https:') return false;
  if (candidate.username !== '' || candidate.password !== '') return false;
  if (candidate.port !== '') return false;
  return allowedHosts.includes(candidate.hostname.toLowerCase());
}
