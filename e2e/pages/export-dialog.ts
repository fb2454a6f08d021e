import type { Locator, Page } from '@playwright/test';

/** "Export and import": the library as Markdown, highlights as Web Annotations, annotations in. */
export class ExportDialog {
  readonly root: Locator;
  readonly entityNotes: Locator;
  readonly exportVault: Locator;
  readonly exportAnnotations: Locator;
  /** What the last export or import did. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export and import' });
    this.entityNotes = this.root.getByRole('checkbox', { name: /A note for each person/ });
    this.exportVault = this.root.getByRole('button', { name: /Export to a folder|Download \.zip/ });
    this.exportAnnotations = this.root.getByRole('button', { name: 'Export highlights (.jsonld)' });
    this.status = this.root.locator('.export-status');
  }

  static async open(page: Page): Promise<ExportDialog> {
    await page.getByRole('button', { name: 'Export and import' }).click();
    const dialog = new ExportDialog(page);
    await dialog.root.waitFor();
    return dialog;
  }

  /** Import annotations the way a user picks a file. */
  async importAnnotations(name: string, content: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.root.getByRole('button', { name: 'Import annotations…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content, 'utf8') });
  }
}
