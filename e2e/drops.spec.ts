import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { OutsideDrag, recordDragAnswers } from './pages/outside-drag';

const HINT = 'Gloss imports files and links, not text.';

test('text dropped on the window is refused, and Gloss stays where it is', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  const page = library.page;
  const address = page.url();
  const answers = await recordDragAnswers(page);
  const hint = page.getByTestId('drop-hint');

  // Text that looks like a link, dragged from an editor over the article list: the browser would
  // open it in place of Gloss unless the page answers each dragover with "handled, nothing to
  // drop". (A link from a browser, text/uri-list, imports its page: url-import.spec.ts.)
  const link = await OutsideDrag.over(
    page,
    { 'text/plain': 'https://example.com/story' },
    library.rows.first(),
  );
  await expect(hint).toHaveText(HINT);
  await link.drop();
  await expect(hint).toBeHidden();
  const overs = (await answers()).filter((answer) => answer.type === 'dragover');
  expect(overs.length).toBeGreaterThan(0);
  for (const answer of overs) expect(answer).toMatchObject({ defaultPrevented: true, dropEffect: 'none' });
  expect(page.url()).toBe(address);
  await expect(library.rows).toHaveCount(1);

  // Plain text over the reader's article text: refused the same way.
  const reader = await library.open(/Lavrov/);
  const readerAddress = page.url();
  const text = await OutsideDrag.over(page, { 'text/plain': 'Some words from elsewhere' }, reader.title());
  await expect(hint).toHaveText(HINT);
  await text.drop();
  await expect(hint).toBeHidden();
  expect(page.url()).toBe(readerAddress);
  await expect(reader.title()).toHaveText(/Lavrov/);
});

test('text dragged from elsewhere still drops into the search field', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  const drag = await OutsideDrag.over(library.page, { 'text/plain': 'Lavrov' }, library.search);
  await expect(library.page.getByTestId('drop-hint')).toBeHidden();
  await drag.drop();
  await expect(library.search).toHaveValue('Lavrov');
  await expect(library.rows).toHaveCount(1);
});
