import type { BrowserWindow as ElectronWindow, Shell, WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/**
 * The app's one window. Its hardened preferences are written out literally at the
 * `new BrowserWindow` call (the constructor is passed in: this module imports Electron's types
 * only), where reviewers and Electronegativity (`npm run lint:electron`) can see them:
 * isolated, sandboxed, no Node in the page or its workers and frames, no webview, web security
 * on, and no middle-click "open in new window" (Auxclick).
 */
export function openMainWindow(BrowserWindow: typeof ElectronWindow, preload: string): ElectronWindow {
  return new BrowserWindow({
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
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
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
  // Gloss needs one permission, writing text to the clipboard (Help's "Copy bookmarklet"):
  // refuse every other request, and answer "denied" to other checks too (some APIs only check,
  // and Electron's default answer to a check is "granted").
  contents.session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isAllowedPermission(permission)),
  );
  contents.session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
}

/** The one permission the app's page may have: writing (never reading) the clipboard. */
export function isAllowedPermission(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** The parts of an IPC event's `senderFrame` the check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message comes from this window's own top frame showing the app: not from
 * another window, a page it navigated to, or a sub-frame (which could show anything).
 */
export function isOwnFrame(
  window: ElectronWindow | null,
  sender: WebContents,
  frame: SenderFrame | null | undefined,
): boolean {
  return (
    !!window &&
    !window.isDestroyed() &&
    sender.id === window.webContents.id &&
    !!frame &&
    frame.parent === null &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}
