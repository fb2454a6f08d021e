import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const PASSAGE = 'Lavrov is on a two-day visit to the Chinese capital';

test('delete a highlight and undo it, by button and by keyboard', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  const reader = await library.open(/Lavrov/);
  await reader.select(PASSAGE);
  await reader.selectionToolbar.getByRole('button', { name: 'Highlight green' }).click();
  const card = reader.panel.card(PASSAGE);
  await expect(card).toBeVisible();
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual([PASSAGE]);

  await card.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(card).toHaveCount(0);
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual([]);
  await reader.toast('Highlight deleted.').locator('..').getByRole('button', { name: /Undo/ }).click();
  await expect(card).toBeVisible();
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual([PASSAGE]);

  await card.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(card).toHaveCount(0);
  await reader.article.click({ position: { x: 5, y: 5 } });
  await reader.page.keyboard.press('ControlOrMeta+z');
  await expect(card).toBeVisible();

  // The restored highlight is really back in the library, not just on screen.
  const article = await gloss.call('articles/list', {});
  expect('result' in article && article.result[0]?.highlightCount).toBe(1);
});

test('change a highlight color and jump from its card to the text', async ({ gloss }) => {
  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('4');
  const card = reader.panel.card(PASSAGE);
  await expect.poll(() => reader.paintedTexts('user-pink')).toEqual([PASSAGE]);
  await card.getByRole('radio', { name: 'Blue' }).click();
  await expect.poll(() => reader.paintedTexts('user-blue')).toEqual([PASSAGE]);
  await expect.poll(() => reader.paintedTexts('user-pink')).toEqual([]);

  // Clicking the quote on the card flashes the passage in the text.
  await reader.article.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await card.getByRole('button', { name: PASSAGE }).click();
  await expect.poll(() => reader.paintedTexts('gloss-flash')).toEqual([PASSAGE]);

  // Clicking the highlight in the text focuses its card.
  await reader.page.getByRole('tab', { name: /Entities/ }).click();
  await reader.click('two-day visit');
  await expect(reader.panel.root.getByRole('tab', { name: /Notes/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(card).toBeFocused();
});

test('keyboard only: H highlights the selection and focuses its card, Enter writes its note', async ({
  gloss,
}) => {
  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(PASSAGE);
  await expect(card).toBeFocused();
  await reader.page.keyboard.press('Enter');
  // Letters now go into the note, not to the reader's single-key shortcuts (A archives, E…).
  await reader.page.keyboard.type('A visit to read again');
  await expect(card.getByTestId('highlight-note')).toContainText('A visit to read again');
  await expect(reader.page.getByRole('tab', { name: /Notes/ })).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(async () => {
      const answer = await gloss.call('articles/list', {});
      return 'result' in answer ? answer.result[0]?.readingState : null;
    })
    .toBe('inbox');
  await expect
    .poll(async () => {
      const list = await gloss.call('highlights/list', {});
      return 'result' in list ? JSON.stringify(list.result) : '';
    })
    .toContain('A visit to read again');
});

test('select, H, and type: the note starts with the first letter, and no letter is a shortcut', async ({
  gloss,
}) => {
  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(PASSAGE);
  await expect(card).toBeFocused();
  // A archives, E shows the entities, J steps to the next highlight: not while writing here.
  await reader.page.keyboard.type('Ask Jen about the earlier visit');
  await expect(card.getByTestId('highlight-note')).toContainText('Ask Jen about the earlier visit');
  await expect(reader.page.getByRole('tab', { name: /Notes/ })).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(async () => {
      const list = await gloss.call('highlights/list', {});
      return 'result' in list ? JSON.stringify(list.result) : '';
    })
    .toContain('Ask Jen about the earlier visit');
  const articles = await gloss.call('articles/list', {});
  expect('result' in articles && articles.result[0]?.readingState).toBe('inbox');

  // Once the focus has left it, the card is not new: E shows the entities.
  await reader.article.click({ position: { x: 5, y: 5 } });
  await card.focus();
  await reader.page.keyboard.press('e');
  await expect(reader.page.getByRole('tab', { name: /Entities/ })).toHaveAttribute('aria-selected', 'true');
});

test('a note set over HTTP as Markdown only opens formatted, and editing it saves its editor state', async ({
  gloss,
}) => {
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error(list.error.message);
  const articleId = list.result[0]!.id;
  const article = await gloss.call('articles/get', { id: articleId });
  if (!('result' in article)) throw new Error(article.error.message);
  const start = article.result.text.indexOf(PASSAGE);
  const created = await gloss.call('highlights/create', { articleId, start, end: start + PASSAGE.length });
  if (!('result' in created)) throw new Error(created.error.message);
  await gloss.call('highlights/update', {
    articleId,
    id: created.result.id,
    note: { markdown: '**Second** visit in *six* years:\n\n- meets Xi\n- meets Wang Yi', editorState: null },
  });

  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  const note = reader.panel.noteEditor(reader.panel.card(PASSAGE));
  await expect(note.locator('strong, .ed-bold')).toHaveText('Second');
  await expect(note.locator('em, .ed-italic')).toHaveText('six');
  await expect(note.getByRole('listitem')).toHaveText(['meets Xi', 'meets Wang Yi']);

  await reader.panel.writeNote(reader.panel.card(PASSAGE), ' Noted.');
  const saved = await gloss.call('articles/get', { id: articleId });
  if (!('result' in saved)) throw new Error(saved.error.message);
  const stored = saved.result.highlights.find((highlight) => highlight.id === created.result.id);
  expect(stored?.note.editorState).toContain('"root"');
  expect(stored?.note.markdown).toContain('**Second**');
});

test('Markdown shortcuts and a link in a note come out in the exported Markdown', async ({ gloss }) => {
  const reader = await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/);
  await reader.select(PASSAGE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(PASSAGE);
  const note = reader.panel.noteEditor(card);
  await note.click();
  // "- " starts a bulleted list, as in Markdown.
  await reader.page.keyboard.type('- first visit in six years');
  await reader.page.keyboard.press('Enter');
  await reader.page.keyboard.type('see the full report');
  await note.getByText('see the full report').dblclick({ position: { x: 60, y: 8 } });
  await reader.page.keyboard.press('ControlOrMeta+k');
  await card.getByRole('textbox', { name: 'Link address' }).fill('example.com/report');
  await reader.page.keyboard.press('Enter');
  await expect(note.getByRole('link', { name: 'full' })).toHaveAttribute(
    'href',
    'https://example.com/report',
  );
  await expect(note.getByRole('listitem')).toHaveCount(2);

  const { markdown } = await gloss.captureExport(() => reader.exportButton.click());
  expect(markdown).toContain('- first visit in six years');
  expect(markdown).toContain('[full](https://example.com/report)');
});
