import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RpcResponse } from '../electron/contract/errors';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const TITLE = 'Harbour talks resume in Rotterdam';
const ARTICLE = `# ${TITLE}

Port officials from Rotterdam and Antwerp met on Monday to discuss shared dredging costs.

The European Commission is expected to publish its review in June.
`;
const QUOTE = 'shared dredging costs';

function result<T>(response: RpcResponse<T>): T {
  if ('error' in response) throw new Error(response.error.message);
  return response.result;
}

test('an article whose text file is damaged opens with its highlights, and gets its text back', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', ARTICLE, 'text/markdown');
  await expect(library.rows).toHaveCount(2);

  // A highlight with a note, made through the API as a script would.
  const [article] = result(await gloss.call('articles/list', { query: 'Harbour' }));
  const id = article!.id;
  const start = result(await gloss.call('articles/get', { id })).text.indexOf(QUOTE);
  const made = result(
    await gloss.call('highlights/create', { articleId: id, start, end: start + QUOTE.length }),
  );
  result(
    await gloss.call('highlights/update', { articleId: id, id: made.id, note: { markdown: 'Who pays?' } }),
  );

  // The article's text file is cut in half, as a crash of the disk might leave it.
  const file = path.join(gloss.dataDir, 'articles', id, 'article.json');
  const whole = await readFile(file, 'utf8');
  await writeFile(file, whole.slice(0, whole.length / 2));

  await library.open(TITLE);
  const reader = await new ReaderPage(gloss.page).ready();
  const notice = gloss.page.getByTestId('text-lost');
  await expect(notice).toContainText('The text of this article could not be read');
  await expect(reader.panel.card(QUOTE)).toContainText('Who pays?');
  await gloss.page.screenshot({ path: test.info().outputPath('damaged-article.png') });
  await gloss.page.emulateMedia({ colorScheme: 'dark' });
  await gloss.page.screenshot({ path: test.info().outputPath('damaged-article-dark.png') });
  await gloss.page.emulateMedia({ colorScheme: 'light' });

  await notice.getByRole('button', { name: 'Restore the text from the kept file' }).click();
  await expect(notice).toHaveCount(0);
  await expect(reader.article).toContainText('Port officials from Rotterdam and Antwerp');
  await expect(reader.panel.card(QUOTE)).toContainText('Who pays?');

  // The same file imported again adds nothing: the library already has it.
  await reader.back();
  await library.ready();
  await library.importFile('harbour.md', ARTICLE, 'text/markdown');
  await expect(library.toast(`“${TITLE}” is already in your library.`)).toBeVisible();
  await expect(library.rows).toHaveCount(2);
});
