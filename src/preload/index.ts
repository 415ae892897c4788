import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type PelitaBridge } from '@shared/bridge';
import type { Envelope } from '@shared/errors';

const api: PelitaBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope<unknown>>,
};

contextBridge.exposeInMainWorld('api', api);
