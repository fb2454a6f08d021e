import type { GlossApp } from './fixtures';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const SEED_TITLE = /Lavrov/;
const QUOTE = "Russia's growing economic and diplomatic isolation";

/** The seed article tagged #diplomacy and #to-read, and one highlight tagged #diplomacy. */
async function tagTheSeed(gloss: GlossApp): Promise<void> {
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error('articles/list failed');
  const articleId = list.result[0]!.id;
  const article = await gloss.call('articles/get', { id: articleId });
  if (!('result' in article)) throw new Error('articles/get failed');
  const start = article.result.text.indexOf(QUOTE);
  const highlight = await gloss.call('highlights/create', { articleId, start, end: start + QUOTE.length });
  if (!('result' in highlight)) throw new Error('highlights/create failed');
  await gloss.call('tags/set', { articleId, tags: ['diplomacy', 'to-read'] });
  await gloss.call('tags/set', { articleId, highlightId: highlight.result.id, tags: ['Diplomacy'] });
}

test('color a tag from the library filter; rows, article tags and cards show it, after a restart too', async ({
  gloss,
}) => {
  await tagTheSeed(gloss);
  let library = await new LibraryPage(await gloss.restart()).ready();
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).not.toHaveAttribute('data-tag-color');
  const html = library.page.locator('html');
  const theme = await html.getAttribute('data-theme');

  // Keyboard only: open the menu on the current color, jump by first letter, choose.
  const dot = library.tagColorButton('diplomacy');
  await expect(dot).toHaveAccessibleName('Color for #diplomacy: No color');
  await dot.focus();
  await library.page.keyboard.press('Enter');
  const menu = library.page.getByRole('menu', { name: 'Color for #diplomacy' });
  await expect(menu.getByRole('menuitemradio', { name: 'No color' })).toBeFocused();
  await expect(menu.getByRole('menuitemradio', { name: 'No color' })).toHaveAttribute('aria-checked', 'true');
  await library.page.keyboard.press('t');
  await expect(menu.getByRole('menuitemradio', { name: 'Teal' })).toBeFocused();
  await library.page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(dot).toBeFocused();
  await expect(dot).toHaveAccessibleName('Color for #diplomacy: Teal');
  // "t" chose a color in the menu; it did not also switch the theme.
  await expect(html).toHaveAttribute('data-theme', theme ?? '');

  const chip = library.rowTag(SEED_TITLE, 'diplomacy');
  await expect(chip).toHaveAttribute('data-tag-color', 'teal');
  // The light theme's teal tint (styles/tags.css), so the color really is painted.
  await expect(chip).toHaveCSS('background-color', 'rgb(218, 241, 238)');
  await expect(library.rowTag(SEED_TITLE, 'to-read')).not.toHaveAttribute('data-tag-color');

  // Esc closes the menu without changing anything.
  await dot.press('Enter');
  await library.page.keyboard.press('ArrowDown');
  await library.page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(dot).toHaveAccessibleName('Color for #diplomacy: Teal');

  // In the reader: on the article's tags and on the card of the highlight tagged "Diplomacy".
  let reader = await library.open(SEED_TITLE);
  const card = reader.panel.card(QUOTE);
  await expect(reader.panel.tag(card, 'diplomacy')).toHaveAttribute('data-tag-color', 'teal');
  await expect(reader.panel.tag(reader.panel.articleTags, 'diplomacy')).toHaveAttribute(
    'data-tag-color',
    'teal',
  );

  // A restart keeps it.
  library = await new LibraryPage(await gloss.restart()).ready();
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).toHaveAttribute('data-tag-color', 'teal');
  reader = await library.open(SEED_TITLE);
  await expect(reader.panel.tag(reader.panel.card(QUOTE), 'diplomacy')).toHaveAttribute(
    'data-tag-color',
    'teal',
  );

  // "No color" takes it away.
  await reader.back();
  library = await new LibraryPage(reader.page).ready();
  await library.setTagColor('diplomacy', 'No color');
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).not.toHaveAttribute('data-tag-color');
  await expect(library.tagColorButton('diplomacy')).toHaveAccessibleName('Color for #diplomacy: No color');
});

test('restoring a backup brings back its tag colors, shown at once', async ({ gloss }) => {
  await tagTheSeed(gloss);
  await gloss.call('tags/setColor', { name: 'diplomacy', color: 'red' });
  // Opening a changed library backs it up: this backup has #diplomacy in red.
  const library = await new LibraryPage(await gloss.restart()).ready();
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).toHaveAttribute('data-tag-color', 'red');

  await library.setTagColor('diplomacy', 'Blue');
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).toHaveAttribute('data-tag-color', 'blue');

  const backups = await library.openBackups();
  await backups.restore(backups.rows.first());
  await expect(library.toast(/Restored the library backup from/)).toBeVisible();
  await expect(library.rowTag(SEED_TITLE, 'diplomacy')).toHaveAttribute('data-tag-color', 'red');
  await expect(library.tagColorButton('diplomacy')).toHaveAccessibleName('Color for #diplomacy: Red');
});
