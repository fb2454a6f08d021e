import type { Locator, Page } from '@playwright/test';

/** The Trash view: deleted articles, kept 30 days. */
export class TrashPage {
  readonly rows: Locator;
  readonly titles: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('trash-row');
    this.titles = this.rows.getByRole('heading');
  }

  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="trash"]').waitFor({ state: 'attached' });
    return this;
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Confirm the "for good" question the view asks before removing anything. */
  async confirm(label: string): Promise<void> {
    await this.page.getByRole('alertdialog').getByRole('button', { name: label }).click();
  }
}
