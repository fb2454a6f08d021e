import {
  test as base,
  expect,
  _electron,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import type { ApiMethod, ApiParams, ApiResult } from '../electron/contract/api';
import type { RpcResponse } from '../electron/contract/errors';
import { ELECTRON_SKIP_REASON } from './global-setup';
import { electronBinary, root, startServer, type BrowserModeServer } from './launch';

/** One running Gloss on a fresh data dir (seeded from `seeds/` on first start), in either mode. */
export interface GlossApp {
  readonly mode: 'browser' | 'electron';
  readonly dataDir: string;
  /** The app's page, ready (it changes after `restart`). */
  readonly page: Page;
  /** Quit Gloss and start it again on the same data dir; resolves with the new, ready page. */
  restart(): Promise<Page>;
  /** Call the API the way the renderer does (browser mode: HTTP with the token; Electron: IPC). */
  call<M extends ApiMethod>(method: M, params: ApiParams<M>): Promise<RpcResponse<ApiResult<M>>>;
  /** Run `action` (which clicks "Export") and return the Markdown file it saved or downloaded. */
  captureExport(action: () => Promise<void>): Promise<{ fileName: string; markdown: string }>;
  /**
   * Run `action` (which clicks "Export to a folder…" / "Download .zip") and return the exported
   * files by path: unzipped from the download in browser mode, read from the folder the folder
   * dialog was answered with in Electron. Markdown and JSON come as text, other files (the
   * images) as their bytes in base64.
   */
  captureLibraryExport(action: () => Promise<void>): Promise<Record<string, string>>;
  /**
   * Hand the running Gloss a `gloss://` link as the OS does (Electron: the command line of a
   * second instance, passed on through the single-instance lock). Browser mode gets none.
   */
  sendDeepLink(link: string): Promise<void>;
}

/** An exported file as the tests read it: text for Markdown and JSON, else base64 of its bytes. */
const exportedFile = (name: string, bytes: Uint8Array) =>
  /\.(md|json)$/.test(name) ? new TextDecoder().decode(bytes) : Buffer.from(bytes).toString('base64');

/** Every file under `dir`, by its "/"-separated path relative to it (as `exportedFile`). */
async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full).split(path.sep).join('/');
    files[name] = exportedFile(name, await readFile(full));
  }
  return files;
}

/** Wait for the renderer's explicit ready signal, never a sleep. */
export async function waitForReady(page: Page): Promise<void> {
  await page.locator('html[data-gloss-ready]').waitFor({ state: 'attached', timeout: 30_000 });
}

class BrowserModeApp implements GlossApp {
  readonly mode = 'browser';
  private server: BrowserModeServer | null = null;
  page!: Page;

  constructor(
    readonly dataDir: string,
    private readonly browser: Browser,
  ) {}

  async start(): Promise<Page> {
    this.server = await startServer(this.dataDir);
    const context = await this.browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    this.page = await context.newPage();
    await this.page.goto(this.server.url);
    await waitForReady(this.page);
    return this.page;
  }

  async stop(): Promise<void> {
    await this.page?.context().close();
    await this.server?.stop();
    this.server = null;
  }

  async restart(): Promise<Page> {
    await this.stop();
    return this.start();
  }

  async call<M extends ApiMethod>(method: M, params: ApiParams<M>): Promise<RpcResponse<ApiResult<M>>> {
    if (!this.server) throw new Error('Gloss is not running.');
    const response = await fetch(new URL('/rpc', this.server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.server.token}` },
      body: JSON.stringify({ method, params }),
    });
    return (await response.json()) as RpcResponse<ApiResult<M>>;
  }

  async captureExport(action: () => Promise<void>) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const file = await download.path();
    return { fileName: download.suggestedFilename(), markdown: await readFile(file, 'utf8') };
  }

  async captureLibraryExport(action: () => Promise<void>) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const zip = unzipSync(await readFile(await download.path()));
    return Object.fromEntries(
      Object.entries(zip)
        .filter(([name]) => !name.endsWith('/'))
        .map(([name, bytes]) => [name.replace(/^[^/]+\//, ''), exportedFile(name, bytes)]),
    );
  }

  sendDeepLink(): Promise<void> {
    return Promise.reject(new Error('Browser mode has no gloss:// links: open /#/import?url=… instead.'));
  }
}

class ElectronApp implements GlossApp {
  readonly mode = 'electron';
  private app: ElectronApplication | null = null;
  page!: Page;

  constructor(
    readonly dataDir: string,
    private readonly binary: string,
  ) {}

  async start(): Promise<Page> {
    this.app = await _electron.launch({
      executablePath: this.binary,
      args: [root, '--data-dir', this.dataDir],
      env: { ...process.env, GLOSS_DATA_DIR: this.dataDir },
    });
    this.page = await this.app.firstWindow();
    await waitForReady(this.page);
    return this.page;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    this.app = null;
  }

  async restart(): Promise<Page> {
    await this.stop();
    return this.start();
  }

  call<M extends ApiMethod>(method: M, params: ApiParams<M>): Promise<RpcResponse<ApiResult<M>>> {
    return this.page.evaluate(
      ([name, args]) =>
        (
          window as unknown as { gloss: { invoke: (m: string, p: unknown) => Promise<unknown> } }
        ).gloss.invoke(name, args),
      [method, params] as const,
    ) as Promise<RpcResponse<ApiResult<M>>>;
  }

  async captureExport(action: () => Promise<void>) {
    if (!this.app) throw new Error('Gloss is not running.');
    const target = path.join(this.dataDir, '..', `${path.basename(this.dataDir)}-export.md`);
    // The save dialog is the system's; answer it the way a user would, with a chosen path.
    await this.app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
    }, target);
    await action();
    await expect.poll(() => readFile(target, 'utf8').catch(() => null)).not.toBeNull();
    return { fileName: path.basename(target), markdown: await readFile(target, 'utf8') };
  }

  async captureLibraryExport(action: () => Promise<void>) {
    if (!this.app) throw new Error('Gloss is not running.');
    const target = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-vault-'));
    await this.app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [folder] });
    }, target);
    await action();
    await expect.poll(() => readdir(target).then((names) => names.includes('.gloss-export.json'))).toBe(true);
    const files = await readTree(target);
    delete files['.gloss-export.json'];
    return files;
  }

  async sendDeepLink(link: string): Promise<void> {
    if (!this.app) throw new Error('Gloss is not running.');
    await this.app.evaluate(
      ({ app }, argv) => {
        app.emit('second-instance', {}, argv, process.cwd(), {});
      },
      [this.binary, link],
    );
  }
}

export const test = base.extend<{ gloss: GlossApp }>({
  gloss: async ({ browser }, use, testInfo) => {
    const inElectron = testInfo.project.name === 'electron';
    const binary = inElectron ? electronBinary() : null;
    testInfo.skip(inElectron && !binary, ELECTRON_SKIP_REASON);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-'));
    const app = binary ? new ElectronApp(dataDir, binary) : new BrowserModeApp(dataDir, browser);
    try {
      await app.start();
      await use(app);
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
