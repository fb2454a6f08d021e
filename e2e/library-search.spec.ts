import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const SEED_TITLE = /Lavrov/;
// In the seed's last paragraph: below the fold when the article opens at the top.
const PASSAGE = 'holding up a new military aid package';
const NOTE = 'Ask the Brookings analyst when the aid vote comes';

test('find a highlight by a word of its note and open the article at it', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await expect(library.search).toHaveAttribute('placeholder', 'Search titles, highlights, notes, tags');

  let reader = await library.open(SEED_TITLE);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(PASSAGE);
  await reader.panel.writeNote(card, NOTE);
  await reader.back();
  await library.ready();

  // Nothing matches: said plainly.
  await library.search.fill('zanzibar');
  await expect(library.searchStatus()).toHaveText('No highlights, notes or tags match “zanzibar”.');

  // A word of the note, in other case: the note shows under its article, the word marked.
  await library.search.fill('BROOKINGS');
  await expect(library.searchStatus()).toHaveText('1 match in 1 article');
  const match = library.searchMatch(/^Note on a highlight/);
  await expect(match).toHaveText(`Note on a highlight ${NOTE}`);
  await expect(match.locator('mark')).toHaveText('Brookings');
  await expect(library.searchResults.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  // The article list still filters by title as before: no title has the word.
  await expect(library.rows).toHaveCount(0);

  // Keyboard: Down from the box to the article, Down to the note, Enter opens it.
  await library.search.press('ArrowDown');
  await expect(library.searchResults.getByRole('link', { name: SEED_TITLE })).toBeFocused();
  await library.page.keyboard.press('ArrowDown');
  await expect(match).toBeFocused();
  await library.page.keyboard.press('Enter');

  reader = await new ReaderPage(library.page).ready();
  await expect(reader.title()).toHaveText(SEED_TITLE);
  // Opened at the highlight: its card has focus, the passage flashes and is in view.
  await expect(card).toBeFocused();
  await expect.poll(() => reader.paintedTexts('gloss-flash')).toEqual([PASSAGE]);
  const scroller = await reader.article.boundingBox();
  const { middle } = await reader.pointsOf(PASSAGE, 0, false);
  expect(middle.y).toBeGreaterThan(scroller!.y);
  expect(middle.y).toBeLessThan(scroller!.y + scroller!.height);
  expect(await reader.article.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});
