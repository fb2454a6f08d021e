import type { Locator, Page } from '@playwright/test';

/** The question Gloss asks before importing a page a link from outside sent (`/#/import?url=…`). */
export class ImportConfirm {
  readonly dialog: Locator;
  readonly address: Locator;
  readonly importButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('alertdialog', { name: 'Import this page?' });
    this.address = this.dialog.getByTestId('import-confirm-url');
    this.importButton = this.dialog.getByRole('button', { name: 'Import' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  /** Ask, as a `gloss://import` link or the bookmarklet would, to import `url`. */
  static async ask(page: Page, url: string): Promise<ImportConfirm> {
    await page.evaluate((address) => {
      window.location.hash = `#/import?url=${encodeURIComponent(address)}`;
    }, url);
    const confirm = new ImportConfirm(page);
    await confirm.dialog.waitFor({ timeout: 15_000 });
    return confirm;
  }
}
