// The only bridge between the page and the main process: a typed `invoke` for the Api and the
// save dialog. No Node, no Electron objects reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { GlossBridge } from './contract/bridge';

const bridge: GlossBridge = {
  invoke: (method, params) => ipcRenderer.invoke('gloss:rpc', method, params),
  saveFile: (suggestedName, content) => ipcRenderer.invoke('gloss:save-file', suggestedName, content),
  exportFolder: (options) => ipcRenderer.invoke('gloss:export-folder', options),
};

contextBridge.exposeInMainWorld('gloss', bridge);
