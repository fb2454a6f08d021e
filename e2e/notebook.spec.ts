import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';

test('the notebook lists every highlight, filters them, tags a range of them and exports a selection', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error('no articles');
  const seed = list.result[0]!;
  const got = await gloss.call('articles/get', { id: seed.id });
  if (!('result' in got)) throw new Error('no article');
  const text = got.result.text;
  const quotes = ['Sergey Lavrov', 'Xi Jinping', 'Beijing'];
  for (const [n, quote] of quotes.entries()) {
    const start = text.indexOf(quote);
    const made = await gloss.call('highlights/create', {
      articleId: seed.id,
      start,
      end: start + quote.length,
      color: n === 1 ? 'green' : 'yellow',
    });
    if (!('result' in made)) throw new Error('no highlight');
    if (n === 0) {
      await gloss.call('highlights/update', {
        articleId: seed.id,
        id: made.result.id,
        note: { markdown: 'Ask about the visit' },
      });
    }
  }

  await library.page.getByRole('link', { name: 'Notebook' }).click();
  const notebook = await new NotebookPage(library.page).ready();
  await expect(notebook.count).toHaveText('3 highlights');
  expect(await notebook.quotes()).toEqual(['Beijing', 'Xi Jinping', 'Sergey Lavrov']);

  await notebook.filters.getByRole('switch', { name: 'Green' }).click();
  await expect(notebook.entries).toHaveCount(1);
  await expect(notebook.count).toHaveText('1 highlight matches');
  await notebook.filters.getByRole('switch', { name: 'Green' }).click();
  await notebook.filters.getByLabel('Note').selectOption('yes');
  await expect(notebook.entries).toHaveText([/Sergey Lavrov.*Ask about the visit/]);
  await notebook.filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(notebook.entries).toHaveCount(3);

  // Pick the first, Shift-pick the third: all three; tag them at once.
  await notebook.pick('Beijing');
  await notebook.pick('Sergey Lavrov', true);
  await expect(notebook.bulk).toContainText('3 selected');
  await library.page.screenshot({ path: test.info().outputPath('notebook-light.png') });
  await notebook.bulk.getByLabel('Tag to add to the selected highlights').fill('china visit');
  await notebook.bulk.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(notebook.entries.getByTestId('tag-name')).toHaveText([
    '#china visit',
    '#china visit',
    '#china visit',
  ]);

  await notebook.filters.getByLabel('Tag').selectOption('china visit');
  await expect(notebook.entries).toHaveCount(3);
  await notebook.pick('Xi Jinping');
  await library.page.keyboard.press('Escape');
  await expect(notebook.bulk).toBeHidden();
  await library.page.keyboard.press('ControlOrMeta+a');
  await expect(notebook.bulk).toContainText('3 selected');
  await notebook.pick('Beijing'); // un-pick one
  const exported = await gloss.captureExport(() =>
    notebook.bulk.getByRole('button', { name: 'Export as Markdown' }).click(),
  );
  expect(exported.markdown).toContain('> Sergey Lavrov\n\nAsk about the visit\n\n#china-visit');
  expect(exported.markdown).toContain('> Xi Jinping');
  expect(exported.markdown).not.toContain('> Beijing');
  await library.page.emulateMedia({ colorScheme: 'dark' });
  await library.page.screenshot({ path: test.info().outputPath('notebook-dark.png') });

  // Open at the passage.
  await notebook.entry('Xi Jinping').getByRole('link', { name: seed.title }).click();
  await library.page.locator('html[data-gloss-ready="reader"]').waitFor({ state: 'attached' });
  await expect(library.page).toHaveURL(/#\/article\/.+\?highlight=/);
});
