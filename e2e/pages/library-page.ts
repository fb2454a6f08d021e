import type { Locator, Page } from '@playwright/test';
import { BackupsDialog } from './backups-dialog';
import { ReaderPage } from './reader-page';

/** A file as a user would pick it in the file chooser. */
export interface PickedFile {
  name: string;
  content: string | Buffer;
  mimeType?: string;
}

/** The library view, as a user sees it. */
export class LibraryPage {
  readonly rows: Locator;
  readonly search: Locator;
  readonly toasts: Locator;
  /** "Importing 3 of 12 — name.md" while several files import. */
  readonly importProgress: Locator;
  /** The one summary after several files were imported. */
  readonly importSummary: Locator;
  /** Library search: matching text, highlights, notes, tags and entities, grouped by article. */
  readonly searchResults: Locator;
  /** The library's order ("Sort by"). */
  readonly sort: Locator;
  /** The titles of the listed articles, in order. */
  readonly titles: Locator;
  /** The toolbar over the picked articles ("3 selected"). */
  readonly bulk: Locator;
  /** The tabs of the reading states (Inbox, Later, Archive, All). */
  readonly stateTabs: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('article-row');
    this.search = page.getByRole('searchbox', { name: 'Search the library' });
    this.toasts = page.getByRole('region', { name: 'Notifications' });
    this.importProgress = page.getByRole('region', { name: 'Import progress' });
    this.importSummary = page.getByTestId('import-summary');
    this.searchResults = page.getByRole('region', { name: 'In your library' });
    this.sort = page.getByLabel('Sort by');
    this.titles = this.rows.getByRole('heading');
    this.bulk = page.getByRole('toolbar', { name: 'Selected articles' });
    this.stateTabs = page.getByRole('navigation', { name: 'Reading state' });
  }

  /** Click an article's checkbox (with Shift to pick a range). */
  async pick(title: string | RegExp, shift = false): Promise<void> {
    const box = this.row(title).getByRole('checkbox');
    await box.click(shift ? { modifiers: ['Shift'] } : {});
  }

  /** Show the articles in one reading state ("Inbox", "Later", "Archive") or "All". */
  async showState(name: string): Promise<void> {
    await this.stateTabs.getByRole('button', { name, exact: true }).click();
  }

  /** What the search results say: how many matches, or that nothing matches. */
  /** "Indexing 120 of 260" at the search box's end while the core builds its index. */
  searchIndexing(): Locator {
    return this.page.getByTestId('search-indexing');
  }

  searchStatus(): Locator {
    return this.searchResults.getByTestId('search-status');
  }

  /** One search result (a link), by its kind label and text: "Note on a highlight · Ask …". */
  searchMatch(text: string | RegExp): Locator {
    return this.searchResults.getByRole('link', { name: text });
  }

  /** Wait for the library's ready signal (it shows real data). */
  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
    return this;
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async open(title: string | RegExp): Promise<ReaderPage> {
    await this.page.getByRole('link', { name: title }).click();
    return new ReaderPage(this.page).ready();
  }

  /** Import through the "Import…" button's file picker. */
  async importFile(name: string, content: string | Buffer, mimeType = 'text/plain'): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await this.page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer });
  }

  /** Choose several files at once in the "Import…" button's file picker. */
  async importFiles(files: PickedFile[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(
      files.map(({ name, content, mimeType = 'text/plain' }) => ({
        name,
        mimeType,
        buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      })),
    );
  }

  /** The box that imports web pages by address. */
  urlBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Web address to import' });
  }

  /** Type an address (or several, one per line, pasted) into the box and import. */
  async importUrl(url: string): Promise<void> {
    await this.urlBox().fill(url);
    await this.urlBox().press('Enter');
  }

  /** Paste text with Ctrl/Cmd+V, the clipboard holding `text`, wherever the focus is. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The reasons the import summary gives, one per refused file. */
  refusals(): Locator {
    return this.importSummary.getByRole('list', { name: /not imported/i }).getByRole('listitem');
  }

  /** Open "Library backups" from the header. */
  async openBackups(): Promise<BackupsDialog> {
    await this.page.getByRole('button', { name: 'Library backups' }).click();
    return new BackupsDialog(this.page).loaded();
  }

  /** Import by dropping files onto the window, the way a file manager would. */
  async dropFiles(files: { name: string; content: string }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle((dropped) => {
      const data = new DataTransfer();
      for (const { name, content } of dropped)
        data.items.add(new File([content], name, { type: 'text/plain' }));
      return data;
    }, files);
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  /**
   * Drop files and folders from a file manager: `paths` are inside the drop ("Page_files/a.png"
   * is the file a.png in the dropped folder Page_files). Chromium cannot make a DataTransfer
   * that holds a folder, so its items give entries (the FileSystemEntry interface the app walks:
   * `createReader().readEntries`, `file()`) over real File objects; everything else is real.
   */
  async dropTree(files: { path: string; content: Buffer }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (dropped) => {
        type Node = { name: string; fullPath: string; file?: File; children?: Map<string, Node> };
        const root: Node = { name: '', fullPath: '', children: new Map() };
        for (const { path, base64 } of dropped) {
          const parts = path.split('/');
          let folder = root;
          parts.forEach((name, index) => {
            const fullPath = `${folder.fullPath}/${name}`;
            if (index === parts.length - 1) {
              const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
              folder.children!.set(name, { name, fullPath, file: new File([bytes], name) });
            } else {
              if (!folder.children!.has(name))
                folder.children!.set(name, { name, fullPath, children: new Map() });
              folder = folder.children!.get(name)!;
            }
          });
        }
        const entryOf = (node: Node): object =>
          node.file
            ? {
                isFile: true,
                isDirectory: false,
                name: node.name,
                fullPath: node.fullPath,
                file: (ok: (file: File) => void) => ok(node.file!),
              }
            : {
                isFile: false,
                isDirectory: true,
                name: node.name,
                fullPath: node.fullPath,
                createReader: () => {
                  let read = false;
                  return {
                    readEntries: (ok: (entries: object[]) => void) => {
                      ok(read ? [] : [...node.children!.values()].map(entryOf));
                      read = true;
                    },
                  };
                },
              };
        const data = new DataTransfer();
        const top = [...root.children!.values()];
        // What `files` holds for a drop: the files, and a placeholder for each folder.
        for (const node of top) data.items.add(node.file ?? new File([], node.name));
        const items = top.map((node) => ({ kind: 'file', type: '', webkitGetAsEntry: () => entryOf(node) }));
        Object.defineProperty(data, 'items', { value: items });
        return data;
      },
      files.map(({ path, content }) => ({ path, base64: content.toString('base64') })),
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  async dropFile(name: string, content: string): Promise<void> {
    await this.dropFiles([{ name, content }]);
  }

  toast(text: string | RegExp): Locator {
    return this.toasts.getByText(text);
  }

  /** A tag's toggle in the tag filter ("diplomacy 2 items"). */
  tagFilter(tag: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Filter by tag' })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(tag)} \\d+ items$`) });
  }

  /** The dot next to a tag in the filter, which opens its color menu ("Color for #tag: Teal"). */
  tagColorButton(tag: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Color for #${escapeRegExp(tag)}:`) });
  }

  /** Choose a tag's color ("Teal", or "No color") from its menu in the tag filter, by mouse. */
  async setTagColor(tag: string, color: string): Promise<void> {
    await this.tagColorButton(tag).click();
    const menu = this.page.getByRole('menu', { name: `Color for #${tag}` });
    await menu.getByRole('menuitemradio', { name: color }).click();
  }

  /** A tag chip on an article's row. */
  rowTag(title: string | RegExp, tag: string): Locator {
    return this.row(title)
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^#${escapeRegExp(tag)}$`) });
  }
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
