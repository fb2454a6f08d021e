import type { Locator, Page } from '@playwright/test';

/** An entity's page: its articles and passages, who appears with it, its timeline. */
export class EntityPage {
  readonly title: Locator;
  readonly articles: Locator;
  readonly appearsWith: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.articles = page.getByTestId('entity-article');
    this.appearsWith = page.getByRole('region', { name: 'Appears with' });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
  }

  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="entity"]').waitFor({ state: 'attached' });
    return this;
  }
}
