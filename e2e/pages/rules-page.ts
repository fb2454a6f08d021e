import type { Locator, Page } from '@playwright/test';

/** The library rules (#/rules): corrections that hold in every article. */
export class RulesPage {
  readonly rules: Locator;

  constructor(readonly page: Page) {
    this.rules = page.getByTestId('rule');
  }

  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="rules"]').waitFor({ state: 'attached' });
    return this;
  }

  rule(text: string | RegExp): Locator {
    return this.rules.filter({ hasText: text });
  }
}
