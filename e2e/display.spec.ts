import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('the theme switches to dark and stays dark after a restart', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  const html = library.page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = library.page.getByTestId('theme-toggle');
  // system -> light -> dark
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-theme-setting', 'light');
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-theme-setting', 'dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await library.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  const again = await new LibraryPage(await gloss.restart()).ready();
  await expect(again.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await again.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
});

test('a legend toggle hides one entity type and is remembered', async ({ gloss }) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const people = reader.legend('person');
  await expect(people).toHaveAttribute('aria-pressed', 'true');
  const registered = () => reader.page.evaluate(() => CSS.highlights.has('entity-person'));
  expect(await registered()).toBe(true);

  await people.click();
  await expect(people).toHaveAttribute('aria-pressed', 'false');
  expect(await registered()).toBe(false);
  await reader.hover('Lavrov', 1);
  await expect(reader.tooltip).toHaveCount(0);

  await reader.page.reload();
  await reader.ready();
  await expect(reader.legend('person')).toHaveAttribute('aria-pressed', 'false');
  expect(await registered()).toBe(false);
});

test('the keyboard shortcut list opens with ? and closes with Escape', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.page.keyboard.press('?');
  const dialog = library.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Highlight the selected text');
  await library.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await library.page.keyboard.press('/');
  await expect(library.search).toBeFocused();
});

test('export can carry the entities in each highlight as tags', async ({ gloss }) => {
  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  await reader.select('Lavrov is on a two-day visit to the Chinese capital');
  await reader.page.keyboard.press('h');
  await expect(reader.panel.cards).toHaveCount(1);
  await reader.page.getByRole('button', { name: 'Export options' }).click();
  await reader.page.getByRole('radio', { name: /As tags/ }).check();
  await reader.page.keyboard.press('Escape');
  const { markdown } = await gloss.captureExport(() => reader.exportButton.click());
  expect(markdown).toMatch(/#person\/\S*Lavrov/);
});

test('browser mode without its access key says so in plain words', async ({ gloss, browser }) => {
  test.skip(gloss.mode !== 'browser', 'Only browser mode has an access key.');
  const origin = new URL(gloss.page.url()).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const alert = page.getByRole('alert').filter({ hasText: 'Gloss could not open your library' });
  await expect(alert).toContainText(/address it printed|access key/);
  await expect(alert).not.toContainText(/Error:|\bat \w+ \(/);
  await context.close();
});
