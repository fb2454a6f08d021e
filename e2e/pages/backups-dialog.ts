import type { Locator, Page } from '@playwright/test';

/** The "Library backups" dialog and its restore confirmation. */
export class BackupsDialog {
  readonly root: Locator;
  readonly rows: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Library backups' });
    this.rows = this.root.getByTestId('backup-row');
    this.confirmation = page.getByRole('alertdialog', { name: /Restore the backup/ });
  }

  /** Wait until the list (or its empty state) has loaded. */
  async loaded(): Promise<this> {
    await this.root.waitFor();
    await this.root.getByText('Looking for backups…').waitFor({ state: 'detached' });
    return this;
  }

  /** Press "Restore…" on a backup row; the confirmation opens. */
  async askToRestore(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: /^Restore/ }).click();
    return this.confirmation;
  }

  /** Restore a backup the way a user would: "Restore…", then "Restore backup". */
  async restore(row: Locator): Promise<void> {
    const confirmation = await this.askToRestore(row);
    await confirmation.getByRole('button', { name: 'Restore backup' }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}
