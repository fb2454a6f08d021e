import type { Locator, Page } from '@playwright/test';

/** The notebook: every highlight across the library, its filters and the bulk toolbar. */
export class NotebookPage {
  readonly entries: Locator;
  readonly count: Locator;
  readonly filters: Locator;
  readonly bulk: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByTestId('notebook-entry');
    this.count = page.locator('.library-count');
    this.filters = page.getByRole('form', { name: 'Filter highlights' });
    this.bulk = page.getByRole('toolbar', { name: 'Selected highlights' });
  }

  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="notebook"]').waitFor({ state: 'attached' });
    return this;
  }

  quotes(): Promise<string[]> {
    return this.entries
      .locator('.notebook-quote')
      .evaluateAll((quotes) =>
        quotes.map((quote) => quote.textContent?.replace(/^.*? highlight: /, '') ?? ''),
      );
  }

  /** The entry whose quote is `quote` (titles and notes may mention the same words). */
  entry(quote: string): Locator {
    return this.entries.filter({ has: this.page.getByRole('checkbox', { name: `Select “${quote}”` }) });
  }

  /** Tick an entry's checkbox, with Shift for a range. */
  async pick(quote: string, shift = false): Promise<void> {
    await this.page
      .getByRole('checkbox', { name: `Select “${quote}”` })
      .click({ modifiers: shift ? ['Shift'] : [] });
  }
}
