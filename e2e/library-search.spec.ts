import { expect, test, type GlossApp } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const SEED_TITLE = /Lavrov/;
// In the seed's last paragraph: below the fold when the article opens at the top.
const PASSAGE = 'holding up a new military aid package';
const NOTE = 'Ask the Brookings analyst when the aid vote comes';

test('find a highlight by a word of its note and open the article at it', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await expect(library.search).toHaveAttribute(
    'placeholder',
    'Search everything: words, "phrases", person:, tag:…',
  );

  let reader = await library.open(SEED_TITLE);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(PASSAGE);
  await reader.panel.writeNote(card, NOTE);
  await reader.back();
  await library.ready();

  // Nothing matches: said plainly.
  await library.search.fill('zanzibar');
  await expect(library.searchStatus()).toHaveText('Nothing in your library matches “zanzibar”.');

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

/** Import an article through the API (as a script would) and return its id. */
async function importArticle(gloss: GlossApp, title: string, body: string): Promise<string> {
  const data = Buffer.from(`# ${title}\n\n${body}\n`, 'utf8').toString('base64');
  const answer = await gloss.call('import/file', { name: `${title}.md`, data });
  if (!('result' in answer)) throw new Error(`import failed: ${answer.error.message}`);
  return answer.result.id;
}

/** Two articles whose notes say "quorum"; only the first is tagged Labour. */
async function twoNotedArticles(gloss: GlossApp): Promise<LibraryPage> {
  const strike = await importArticle(
    gloss,
    'Port strike',
    'Dock workers stopped loading grain in Rotterdam.',
  );
  const harvest = await importArticle(gloss, 'Harvest report', 'Farmers expect a late harvest this year.');
  await gloss.call('notes/save', {
    articleId: strike,
    note: { markdown: 'No **quorum** at the union meeting' },
  });
  await gloss.call('notes/save', { articleId: harvest, note: { markdown: 'The co-op quorum rules differ' } });
  await gloss.call('tags/set', { articleId: strike, tags: ['Labour'] });
  // Made behind the library's back: reload to see them.
  await gloss.page.reload();
  return new LibraryPage(gloss.page).ready();
}

test('with a tag selected, search shows only matches in articles with that tag', async ({ gloss }) => {
  const library = await twoNotedArticles(gloss);
  const articleHeadings = library.searchResults.getByRole('heading', { level: 3 });

  await library.search.fill('QUORUM');
  await expect(library.searchStatus()).toHaveText('2 matches in 2 articles');
  // Ranked by relevance: the shorter note has the word more densely.
  await expect(articleHeadings).toHaveText(['Port strike', 'Harvest report']);

  await library.tagFilter('Labour').click();
  await expect(library.searchStatus()).toHaveText('1 match in 1 article');
  await expect(articleHeadings).toHaveText(['Port strike']);
  await expect(library.searchMatch(/^Article note/)).toHaveText(
    'Article note No quorum at the union meeting',
  );

  // Clearing the filter shows both again.
  await library.tagFilter('Labour').click();
  await expect(library.searchStatus()).toHaveText('2 matches in 2 articles');
});

test('a match in the article note or tags opens the article with that field focused', async ({ gloss }) => {
  const library = await twoNotedArticles(gloss);

  await library.search.fill('union meeting');
  await library.searchMatch(/^Article note/).click();
  let reader = await new ReaderPage(library.page).ready();
  await expect(reader.title()).toHaveText('Port strike');
  await expect(reader.panel.root.getByRole('tab', { name: /Notes/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const note = reader.panel.noteEditor(reader.panel.articleNote);
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  await expect(note).toHaveText('No quorum at the union meeting');

  // On a narrow window the panel is closed at first: a tag match opens it at the article's tags.
  await reader.back();
  await library.ready();
  await library.page.setViewportSize({ width: 800, height: 700 });
  await library.search.fill('labour');
  await library.searchMatch(/^Tag/).click();
  reader = await new ReaderPage(library.page).ready();
  const tagInput = reader.panel.articleTags.getByRole('combobox', { name: 'Article tags' });
  await expect(tagInput).toBeFocused();
  await expect(tagInput).toBeInViewport();
  await expect(reader.panel.tag(reader.panel.articleTags, 'Labour')).toBeVisible();
});

test('a word of an article body, typed with a typo, opens the article at that word', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  // "reliant", misspelled, in the seed's last paragraph: below the fold when the article opens.
  await library.search.fill('heavily relient');
  const match = library.searchMatch(/^Text .*heavily reliant/);
  await expect(match.locator('mark')).toHaveText('heavily reliant');
  await expect(library.searchResults.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await match.click();

  const reader = await new ReaderPage(library.page).ready();
  await expect(reader.title()).toHaveText(SEED_TITLE);
  await expect.poll(() => reader.paintedTexts('gloss-flash')).toEqual(['heavily']);
  const scroller = await reader.article.boundingBox();
  const { middle } = await reader.pointsOf('heavily reliant', 0, false);
  expect(middle.y).toBeGreaterThan(scroller!.y);
  expect(middle.y).toBeLessThan(scroller!.y + scroller!.height);
});

test('filters are offered as chips and typed filters can be removed', async ({ gloss }) => {
  const library = await twoNotedArticles(gloss);
  await library.search.focus();
  const chips = library.page.getByRole('group', { name: 'Search filters' });
  await chips.getByRole('button', { name: 'in:notes' }).click();
  await expect(library.search).toHaveValue('in:notes ');
  await expect(library.search).toBeFocused();
  await library.page.keyboard.type('quorum tag:labour');
  await expect(library.searchResults.getByRole('heading', { level: 3 })).toHaveText(['Port strike']);
  await chips.getByRole('button', { name: 'Remove filter tag:labour' }).click();
  await expect(library.search).toHaveValue('in:notes quorum');
  await expect(library.searchResults.getByRole('heading', { level: 3 })).toHaveCount(2);
});

test('while the index is built the box says how far, and answers say they are not complete yet', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  // More new articles than a search waits for: it answers from the part indexed so far.
  const COUNT = 260;
  for (let from = 0; from < COUNT; from += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, COUNT - from) }, async (_, k) => {
        const id = await importArticle(
          gloss,
          `Harbour log ${from + k + 1}`,
          `The lighthouse keeper wrote entry ${from + k + 1} after the storm.`,
        );
        await gloss.call('entities/get', { articleId: id }); // detected: no more changes to come
      }),
    );
  }
  // The window has heard of every import (its list shows them all).
  await expect(library.page.locator('.library-count')).toHaveText(`${COUNT + 1} articles`, {
    timeout: 30_000,
  });
  // What the box and the results said on the way, as the user saw it.
  await library.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const box = document.querySelector('[data-testid="search-indexing"]')?.textContent;
      const status = document.querySelector('[data-testid="search-status"]')?.textContent;
      for (const text of [box, status]) if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await library.search.fill('lighthouse');

  // Once the build is done the answer is asked again: complete, and the box says nothing more.
  await expect(library.searchStatus()).toHaveText('50 matches in 50 articles (the most relevant shown)', {
    timeout: 60_000,
  });
  await expect(library.searchIndexing()).toHaveCount(0);
  const seen = await library.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContainEqual(expect.stringMatching(new RegExp(`^Indexing \\d+ of \\d+$`)));
  expect(seen).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^Nothing matches “lighthouse” yet: the library is still being indexed \\(\\d+ of \\d+ articles read\\)\\.$`,
      ),
    ),
  );
  expect(seen).not.toContainEqual(expect.stringMatching(/^Nothing in your library matches/));
});
