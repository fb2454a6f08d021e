import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';
import { LibraryPage } from './pages/library-page';

test('an entity page lists its articles and passages, and leads to the entities that appear with it', async ({
  gloss,
}) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const detail = await reader.panel.openEntity('Sergey Lavrov');
  await detail.getByRole('link', { name: 'Open the page on Sergey Lavrov' }).click();

  const lavrov = await new EntityPage(reader.page).ready();
  await expect(lavrov.title).toHaveText('Sergey Lavrov');
  await expect(lavrov.articles).toHaveCount(1);
  await expect(lavrov.articles.first().locator('mark').first()).toHaveText(/Lavrov/);
  await expect(lavrov.timeline).toContainText('2024');
  await expect(lavrov.appearsWith.getByRole('link', { name: /Xi Jinping/ })).toBeVisible();
  await reader.page.screenshot({ path: test.info().outputPath('entity-page-light.png'), fullPage: true });

  await lavrov.appearsWith.getByRole('link', { name: /Xi Jinping/ }).click();
  const xi = await new EntityPage(reader.page).ready();
  await expect(xi.title).toHaveText('Xi Jinping');
  await expect(xi.appearsWith.getByRole('link', { name: /Sergey Lavrov/ })).toBeVisible();
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: test.info().outputPath('entity-page-dark.png'), fullPage: true });

  // A passage opens the article there.
  await xi.articles.first().locator('.entity-contexts a').first().click();
  await reader.page.locator('html[data-gloss-ready="reader"]').waitFor({ state: 'attached' });
  await expect(reader.page).toHaveURL(/#\/article\/.+\?at=\d+/);
});
