import type { BrowserWindow, BrowserWindowConstructorOptions, Shell, WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** Hardened preferences: isolated, sandboxed, no Node in the page. */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Gloss',
    show: false,
    backgroundColor: '#1d1c1a',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

const isExternal = (url: string) => /^(https?|mailto):/i.test(url);

/**
 * The window never navigates away from the app and opens no windows of its own: links to the
 * web go to the system browser, anything else is dropped.
 */
export function lockDownNavigation(contents: WebContents, shell: Shell): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url.startsWith(`${APP_ORIGIN}/`)) return;
    event.preventDefault();
    if (isExternal(url)) void shell.openExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/** Whether an IPC message comes from this window's own top frame showing the app. */
export function isOwnFrame(
  window: BrowserWindow | null,
  sender: WebContents,
  frameUrl: string | undefined,
): boolean {
  return (
    !!window &&
    !window.isDestroyed() &&
    sender.id === window.webContents.id &&
    !!frameUrl &&
    frameUrl.startsWith(`${APP_ORIGIN}/`)
  );
}
