// The only bridge between the page and the main process: a typed `invoke` for the Api and the
// save dialog, and the core's events. No Node, no Electron objects reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { GlossBridge } from './contract/bridge';
import type { ServerEvent } from './contract/server-events';

const bridge: GlossBridge = {
  invoke: (method, params, origin) => ipcRenderer.invoke('gloss:rpc', method, params, origin),
  onEvent: (listener) => {
    // Only the event itself reaches the page, never the IPC event object.
    const forward = (_sender: unknown, event: ServerEvent) => listener(event);
    ipcRenderer.on('gloss:event', forward);
    // Tells the shell it may send deep links that waited for the page (shell/deep-link-inbox.ts).
    ipcRenderer.send('gloss:listening');
    return () => void ipcRenderer.removeListener('gloss:event', forward);
  },
  saveFile: (suggestedName, content) => ipcRenderer.invoke('gloss:save-file', suggestedName, content),
  exportFolder: (options) => ipcRenderer.invoke('gloss:export-folder', options),
};

contextBridge.exposeInMainWorld('gloss', bridge);
