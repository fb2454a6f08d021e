import type { Locator, Page } from '@playwright/test';
import { ReaderPage } from './reader-page';

/** The library view, as a user sees it. */
export class LibraryPage {
  readonly rows: Locator;
  readonly search: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('article-row');
    this.search = page.getByRole('searchbox', { name: 'Search the library' });
    this.toasts = page.getByRole('region', { name: 'Notifications' });
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

  /** Import by dropping a file onto the window, the way a file manager would. */
  async dropFile(name: string, content: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text], fileName, { type: 'text/plain' }));
        return data;
      },
      [name, content] as const,
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  toast(text: string | RegExp): Locator {
    return this.toasts.getByText(text);
  }
}
