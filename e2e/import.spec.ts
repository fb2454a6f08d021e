import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const ARTICLE = `# Harbour talks resume in Rotterdam

By Ana Ruiz

Port officials from Rotterdam and Antwerp met on Monday to discuss shared dredging costs.

The European Commission is expected to publish its review in June.
`;

test('import a Markdown file with the button, and text files by drag and drop', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', ARTICLE, 'text/markdown');
  await expect(library.toast(/Imported “Harbour talks resume in Rotterdam”/)).toBeVisible();
  await expect(library.rows).toHaveCount(2);

  await library.dropFile(
    'notes-from-the-field.txt',
    'Field notes\n\nThe survey team reached Kyiv on Tuesday.\n',
  );
  await expect(library.rows).toHaveCount(3);

  // Several files that all go through end in one toast, with nothing left to dismiss.
  await library.dropFiles([
    { name: 'second-dispatch.txt', content: 'Second dispatch\n\nBoats returned to Odesa.\n' },
    { name: 'third-dispatch.txt', content: 'Third dispatch\n\nA calm day in Lviv.\n' },
  ]);
  await expect(library.toast('Imported all 2 files.')).toBeVisible();
  await expect(library.rows).toHaveCount(5);
  await expect(library.importSummary).toHaveCount(0);

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

  // Over the 5 MB limit for a text: refused in the core's own words, before the file is sent.
  const huge = 'word '.repeat(1_100_000);
  await library.importFile('huge.txt', huge);
  const refusal = library.toasts.getByRole('alert').filter({ hasText: 'huge.txt' });
  await expect(refusal).toContainText(
    '“huge.txt” is too large to import (5.2 MB). Gloss imports .txt files up to 5.0 MB.',
  );
  // The core refuses the same file with the same words, so the message never depends on
  // which side caught it.
  const answer = await gloss.call('import/file', {
    name: 'huge.txt',
    data: Buffer.from(huge).toString('base64'),
  });
  expect('error' in answer && answer.error).toEqual({
    code: 'too-large',
    message: '“huge.txt” is too large to import (5.2 MB). Gloss imports .txt files up to 5.0 MB.',
  });

  // Nothing changed: still only the seed article, on screen and in the library.
  await expect(library.rows).toHaveCount(1);
  const list = await gloss.call('articles/list', {});
  expect('result' in list && list.result.length).toBe(1);
  await expect(library.toasts).not.toContainText(/stack|at Object|Error:/);
});

test('several files import one by one, then one summary says why each refused file was refused', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFiles([
    { name: 'harbour.md', content: ARTICLE, mimeType: 'text/markdown' },
    {
      name: 'photo.txt',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    },
    { name: 'field-notes.txt', content: 'Field notes\n\nThe survey team reached Kyiv on Tuesday.\n' },
    { name: 'empty.md', content: '  \n', mimeType: 'text/markdown' },
    { name: 'slides.pdf', content: '%PDF-1.4', mimeType: 'application/pdf' },
    // Far over the limit: refused without being read.
    { name: 'archive.txt', content: Buffer.alloc(12 * 1024 * 1024, 0x61) },
  ]);

  await expect(library.importSummary).toContainText('Imported 2 of 6 files');
  await expect(library.refusals()).toHaveText([
    /“photo\.txt” is not a text file/,
    /“empty\.md” is empty/,
    /Gloss can't read the PDF “slides\.pdf”: it may be damaged/,
    '“archive.txt” is too large to import (12.0 MB). Gloss imports .txt files up to 5.0 MB.',
  ]);
  await expect(library.rows).toHaveCount(3);
  await expect(library.row('Harbour talks resume in Rotterdam')).toBeVisible();
  await expect(library.row('Field notes')).toBeVisible();
  // One summary, not a toast per file.
  await expect(library.toasts.getByRole('alert')).toHaveCount(0);

  await library.importSummary.getByRole('button', { name: 'Dismiss the import summary' }).click();
  await expect(library.importSummary).toHaveCount(0);
});

test('several files show their progress, and Stop leaves out the files not started yet', async ({
  gloss,
}) => {
  test.skip(gloss.mode !== 'browser', 'Holding an import mid-way needs the HTTP transport of browser mode.');
  const library = await new LibraryPage(gloss.page).ready();
  // Hold the second file at the core's door, so the batch can be seen (and stopped) mid-way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let imports = 0;
  await library.page.route('**/rpc', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (body.method === 'import/file' && ++imports === 2) await held;
    await route.continue();
  });
  const files = ['one', 'two', 'three', 'four'].map((word) => ({
    name: `${word}.md`,
    content: `# Dispatch ${word}\n\nBoats returned to Odesa on the ${word}th day.\n`,
    mimeType: 'text/markdown',
  }));
  await library.importFiles(files);

  await expect(library.importProgress).toContainText('Importing 2 of 4 — two.md');
  await expect(library.importProgress.getByRole('progressbar')).toHaveAttribute('value', '1');
  await expect(library.rows).toHaveCount(2);
  await library.importProgress.getByRole('button', { name: 'Stop' }).click();
  await expect(library.importProgress.getByRole('button', { name: 'Stopping…' })).toBeDisabled();
  release();

  await expect(library.importSummary).toContainText('Imported 2 of 4 files');
  await expect(library.importSummary).toContainText('You stopped the import, so 2 files were left out.');
  await expect(library.importProgress).toHaveCount(0);
  await expect(library.rows).toHaveCount(3);
  expect(imports).toBe(2);
  // Esc inside the summary dismisses it.
  await library.importSummary.getByRole('button', { name: 'Dismiss the import summary' }).focus();
  await library.page.keyboard.press('Escape');
  await expect(library.importSummary).toHaveCount(0);
});
