import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const ARTICLE = `# Harbour talks resume in Rotterdam

By Ana Ruiz

Port officials from Rotterdam and Antwerp met on Monday to discuss shared dredging costs.

The European Commission is expected to publish its review in June.
`;

test('import a Markdown file with the button, and a text file by drag and drop', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', ARTICLE, 'text/markdown');
  await expect(library.toast(/Imported “Harbour talks resume in Rotterdam”/)).toBeVisible();
  await expect(library.rows).toHaveCount(2);

  await library.dropFile(
    'notes-from-the-field.txt',
    'Field notes\n\nThe survey team reached Kyiv on Tuesday.\n',
  );
  await expect(library.rows).toHaveCount(3);

  const reader = await library.open('Harbour talks resume in Rotterdam');
  await expect(reader.title()).toHaveText('Harbour talks resume in Rotterdam');
  await expect(reader.article).toContainText('Port officials from Rotterdam and Antwerp');
});

test('a binary, an empty and an oversized file are refused with a clear message', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await expect(library.rows).toHaveCount(1);

  await library.importFile(
    'photo.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
  );
  await expect(library.toasts.getByRole('alert').filter({ hasText: 'photo.txt' })).toBeVisible();

  await library.importFile('empty.md', '   \n');
  await expect(
    library.toasts.getByRole('alert').filter({ hasText: /empty\.md.*empty|empty.*empty\.md/i }),
  ).toBeVisible();

  // Over the 5 MB import limit, but small enough to reach the core over HTTP.
  await library.importFile('huge.txt', 'word '.repeat(1_100_000));
  await expect(
    library.toasts.getByRole('alert').filter({ hasText: /huge\.txt.*(too large|larger than)/i }),
  ).toBeVisible();

  // Nothing changed: still only the seed article, on screen and in the library.
  await expect(library.rows).toHaveCount(1);
  const list = await gloss.call('articles/list', {});
  expect('result' in list && list.result.length).toBe(1);
  await expect(library.toasts).not.toContainText(/stack|at Object|Error:/);
});
