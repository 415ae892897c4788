import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '@shared/bridge';
import type { Envelope } from '@shared/errors';
import type { Router } from '../router';
import { isAppUrl } from './window-options';

export interface IpcRoutes {
  /** Serves this web contents with its own router (one session per window) until it is destroyed. */
  attach(contents: Electron.WebContents, router: Router): void;
}

function forbidden(message: string): Envelope<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message } };
}

/**
 * The one IPC handler. It answers only the main frame of a window the shell attached, and only
 * while that frame shows the app's own page; then it hands the call to that window's router.
 */
export function registerIpc(getAppUrl: () => string | null): IpcRoutes {
  const routers = new Map<number, Router>();

  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const appUrl = getAppUrl();
    if (!frame || frame.parent !== null || appUrl === null || !isAppUrl(frame.url, appUrl)) {
      console.warn(`[shell] IPC refused from ${frame?.url ?? 'a destroyed frame'}`);
      return forbidden('IPC sender is not the app page');
    }
    const router = routers.get(event.sender.id);
    if (!router) return forbidden('IPC sender is not an app window');
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Method name must be a string' } };
    }
    return router.dispatch(method, input);
  });

  return {
    attach(contents, router) {
      const id = contents.id;
      routers.set(id, router);
      contents.once('destroyed', () => routers.delete(id));
    },
  };
}
