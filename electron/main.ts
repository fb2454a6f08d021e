// The Electron shell: one hardened window showing the renderer, the core behind one IPC
// channel. The only module (with preload.ts) that imports 'electron'.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossError } from './core/errors';
import { findMedia } from './core/storage/media-file';
import { createLibrary, type Library } from './core/library';
import { parseLaunchOptions } from './host/options';
import { APP_ORIGIN, APP_SCHEME, serveRenderer } from './shell/app-protocol';
import { DeepLinkInbox } from './shell/deep-link-inbox';
import { isOwnFrame, lockDownNavigation, openMainWindow } from './shell/main-window';
import { checkExportFolderArgs } from './shell/export-folder';
import { checkSaveArgs, saveDialogKind, writeFileAtomic } from './shell/save-file';

const distDir = path.dirname(fileURLToPath(import.meta.url));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;
// `gloss://import` and `gloss://open` links from the OS wait here until the window listens.
const deepLinks = new DeepLinkInbox();

/** Bring the window to the front; on macOS, where Gloss runs on with no window, open one. */
function showWindow(): void {
  if (!mainWindow) {
    // Before start-up has finished the window is on its way already.
    if (library && app.isReady()) mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(): BrowserWindow {
  const window = openMainWindow(BrowserWindow, path.join(distDir, 'preload.cjs'));
  lockDownNavigation(window.webContents, shell);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
    deepLinks.close();
  });
  // A reload drops the page's listeners: links wait again until the new page listens.
  window.webContents.on('did-start-loading', () => deepLinks.close());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function registerIpc(): void {
  ipcMain.handle('gloss:rpc', async (event, method: unknown, params: unknown, origin: unknown) => {
    if (!library || !isOwnFrame(mainWindow, event.sender, event.senderFrame)) {
      return { error: { code: 'forbidden', message: 'This window may not use Gloss.' } };
    }
    const caller = typeof origin === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(origin) ? { origin } : {};
    return library.dispatch(method, params, caller);
  });
  // The page listens for events (preload.ts says so): deep links that waited can go out now,
  // as an event like the core's, never as a raw string or a URL to load.
  ipcMain.on('gloss:listening', (event) => {
    if (!mainWindow || !isOwnFrame(mainWindow, event.sender, event.senderFrame)) return;
    const contents = event.sender;
    deepLinks.open((link) => {
      contents.send('gloss:event', { name: 'shell/deep-link', payload: link });
      showWindow();
    });
  });
  ipcMain.handle('gloss:export-folder', async (event, options: unknown) => {
    if (!library || !mainWindow || !isOwnFrame(mainWindow, event.sender, event.senderFrame)) {
      return { exported: false };
    }
    const checked = checkExportFolderArgs(options);
    const choice = await dialog.showOpenDialog(mainWindow, {
      title: 'Export library to a folder',
      buttonLabel: 'Export here',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    });
    const dir = choice.filePaths[0];
    if (choice.canceled || !dir) return { exported: false };
    return { exported: true, path: dir, report: await library.exportToFolder(dir, checked) };
  });
  ipcMain.handle('gloss:save-file', async (event, name: unknown, content: unknown) => {
    if (!mainWindow || !isOwnFrame(mainWindow, event.sender, event.senderFrame)) return { saved: false };
    const file = checkSaveArgs(name, content);
    const choice = await dialog.showSaveDialog(mainWindow, {
      ...saveDialogKind(file.name),
      defaultPath: path.join(app.getPath('documents'), file.name),
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomic(choice.filePath, file.content);
    return { saved: true, path: choice.filePath };
  });
}

function buildMenu(dataDir: string): void {
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      {
        label: 'File',
        submenu: [
          { label: 'Open Library Folder', click: () => void shell.openPath(dataDir) },
          { type: 'separator' },
          isMac ? { role: 'close' } : { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );
}

async function start(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(1), process.env, () => app.getPath('userData'));
  await app.whenReady();
  try {
    // Resources (seeds, model) are read from the app's own folder: app.asar when packaged.
    library = await createLibrary({ dataDir: options.dataDir, platform: { resourcesDir: app.getAppPath() } });
  } catch (error) {
    const message = error instanceof GlossError ? error.message : String(error);
    dialog.showErrorBox('Gloss cannot open its library', message);
    app.exit(1);
    return;
  }
  const { dataDir } = library;
  serveRenderer(protocol, path.join(distDir, '..', 'renderer'), (pathname) => findMedia(dataDir, pathname));
  registerIpc();
  // The core's events go to the window (server-events.ts), as browser mode's GET /events.
  library.subscribe((event) => mainWindow?.webContents.send('gloss:event', event));
  buildMenu(options.dataDir);
  // Only an installed Gloss claims gloss: links; a development or test run leaves the OS as it is.
  if (app.isPackaged) app.setAsDefaultProtocolClient(APP_SCHEME);
  mainWindow = createWindow();
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Gloss owns the library: it shows its window (below) and this one leaves.
  app.quit();
} else {
  // Windows and Linux start a second Gloss with the link as an argument; it hands its command
  // line over here and quits. macOS sends `open-url` (before `ready` when the link started Gloss).
  deepLinks.receiveArgs(process.argv.slice(1));
  app.on('second-instance', (_event, argv) => {
    deepLinks.receiveArgs(argv);
    showWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(url);
    showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (!library || closing) return;
    closing = true;
    event.preventDefault();
    void library.close().finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    // Without this a failed start (a bad --port, a missing renderer) would leave Gloss running
    // with no window and holding the single-instance lock.
    dialog.showErrorBox('Gloss could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
