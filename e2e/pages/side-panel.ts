import type { Locator, Page } from '@playwright/test';

/** The side panel: the Notes tab (article note, highlight cards) and the Entities tab. */
export class SidePanel {
  readonly root: Locator;
  readonly cards: Locator;
  readonly articleNote: Locator;
  readonly articleTags: Locator;
  readonly entities: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Notes and entities' });
    this.cards = this.root.getByTestId('highlight-card');
    this.articleNote = this.root.getByTestId('article-note');
    this.articleTags = this.root.getByTestId('article-tags');
    this.entities = this.root.getByTestId('entity-item');
  }

  async showNotes(): Promise<void> {
    await this.root.getByRole('tab', { name: /Notes/ }).click();
  }

  async showEntities(): Promise<void> {
    await this.root.getByRole('tab', { name: /Entities/ }).click();
  }

  card(quote: string | RegExp): Locator {
    return this.cards.filter({ hasText: quote });
  }

  noteEditor(scope: Locator): Locator {
    return scope.getByRole('textbox');
  }

  /** Type into a note: `**text**` segments are typed in bold with Ctrl+B, like a user would. */
  async writeNote(scope: Locator, text: string): Promise<void> {
    await this.noteEditor(scope).click();
    for (const [index, part] of text.split('**').entries()) {
      if (index > 0) await this.page.keyboard.press('ControlOrMeta+b');
      if (part) await this.page.keyboard.type(part);
    }
    await scope
      .getByTestId('save-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  }

  /** Add a tag with the tag input's keyboard flow (type, Enter). */
  async addTag(scope: Locator, tag: string): Promise<void> {
    const input = scope.getByRole('combobox');
    await input.fill(tag);
    await input.press('Enter');
  }

  tags(scope: Locator): Locator {
    return scope.getByTestId('tag-name');
  }

  /** One tag chip of a card or of the article, with its color (`data-tag-color`). */
  tag(scope: Locator, name: string): Locator {
    return scope
      .getByRole('listitem')
      .filter({ has: this.page.getByTestId('tag-name').getByText(`#${name}`, { exact: true }) });
  }

  /** A link in a note, by its text; one Gloss will not open has no href, so no link role either. */
  noteLink(scope: Locator, text: string): Locator {
    return scope.locator('a', { hasText: text });
  }

  entity(name: string): Locator {
    return this.entities.filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name}\\b`) }) });
  }

  async openEntity(name: string): Promise<Locator> {
    await this.showEntities();
    const item = this.entity(name);
    await item.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
    return item.getByTestId('entity-detail');
  }
}
