import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from './window-options';

/** Denies every permission (camera, notifications, geolocation, USB, ...) in the default session. */
export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Applies to every web contents the app ever creates: no new windows (allowlisted https links go
 * to the system browser), no navigation away from the app's page, no <webview>.
 */
export function hardenWebContents(getAppUrl: () => string | null): void {
  const isOwnPage = (url: string): boolean => {
    const appUrl = getAppUrl();
    return appUrl !== null && isAppUrl(url, appUrl);
  };

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) {
        void shell.openExternal(url);
      } else {
        console.warn(`[shell] window.open denied: ${url}`);
      }
      return { action: 'deny' };
    });

    const guard = (event: Electron.Event, url: string): void => {
      if (isOwnPage(url)) return;
      event.preventDefault();
      console.warn(`[shell] navigation denied: ${url}`);
    };
    contents.on('will-navigate', (event) => guard(event, event.url));
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-redirect', (event) => guard(event, event.url));

    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
