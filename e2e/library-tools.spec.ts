import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const SEED = /Lavrov/;
const article = (title: string, date: string | null) => ({
  name: `${title}.md`,
  content: `---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}---\n\nA few words about ${title}.\n`,
});

test('sort the library by each order; the choice is still there after a restart', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  const seedTitle = (await library.titles.first().textContent()) ?? '';
  await library.importFiles([article('Bridges of Paris', '2001-04-01'), article('alpine passes', null)]);
  await expect(library.rows).toHaveCount(3);
  await expect(library.titles).toHaveText(['alpine passes', 'Bridges of Paris', SEED]);
  await expect(library.sort).toHaveValue('added');

  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error('articles/list failed');
  const bridges = list.result.find((entry) => entry.title === 'Bridges of Paris')!;
  await gloss.call('articles/setProgress', { id: bridges.id, progress: 0.4 });
  await gloss.call('highlights/create', { articleId: bridges.id, start: 0, end: 5 });
  await library.page.reload();
  await library.ready();

  await library.sort.selectOption({ label: 'Title' });
  await expect(library.titles).toHaveText(['alpine passes', 'Bridges of Paris', seedTitle]);
  await library.sort.selectOption({ label: 'Date published' });
  // The seed is from 2024; an article without a date comes last.
  await expect(library.titles).toHaveText([SEED, 'Bridges of Paris', 'alpine passes']);
  await library.sort.selectOption({ label: 'Reading progress' });
  await expect(library.titles.first()).toHaveText('Bridges of Paris');
  await library.sort.selectOption({ label: 'Most highlights' });
  await expect(library.titles.first()).toHaveText('Bridges of Paris');
  await expect(library.row('Bridges of Paris').getByTestId('highlight-count')).toHaveText('1 highlight');

  // By keyboard: a native select, changed with the arrow keys.
  await library.sort.focus();
  await library.page.keyboard.press('ArrowUp');
  await library.page.keyboard.press('ArrowUp');
  await expect(library.sort).toHaveValue('title');
  await expect(library.titles).toHaveText(['alpine passes', 'Bridges of Paris', seedTitle]);
  const again = await new LibraryPage(await gloss.restart()).ready();
  await expect(again.sort).toHaveValue('title');
  await expect(again.titles).toHaveText(['alpine passes', 'Bridges of Paris', seedTitle]);
});
