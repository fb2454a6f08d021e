import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { GlossApp } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PNG_24x16, PNG_40x30 } from './png-fixture';
import { FIRST, KEPT, REMOVED, SECOND, TITLE } from './version-fixture';

const THIRD = `${SECOND}\nThe ministers meet again in September.\n`;
const FOURTH = `${SECOND}\nNo date has been set for the next round.\n`;

const dialogOf = (page: LibraryPage): Locator =>
  page.page.getByRole('alertdialog', { name: `“${TITLE}” is already in your library in an earlier version` });

/** The library's articles, as the core has them. */
async function articles(gloss: GlossApp) {
  const answer = await gloss.call('articles/list', {});
  if (!('result' in answer)) throw new Error('articles/list failed');
  return answer.result;
}

test('an edited file imports as a new version: the kept highlight moves with its passage, the lost one is listed with its note', async ({
  gloss,
}, testInfo) => {
  // A long walk through (two notes, two versions of screenshots): near a minute on a loaded machine.
  test.slow();
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', FIRST, 'text/markdown');
  await expect(library.toast(`Imported “${TITLE}”.`)).toBeVisible();
  const reader = await library.open(TITLE);

  await reader.select(KEPT);
  await reader.selectionToolbar.getByRole('button', { name: 'Highlight yellow' }).click();
  await reader.panel.writeNote(reader.panel.card(KEPT), 'Who pays for it?');
  await reader.select(REMOVED);
  await reader.selectionToolbar.getByRole('button', { name: 'Highlight green' }).click();
  await reader.panel.writeNote(reader.panel.card(REMOVED), 'Check the figure');
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual([REMOVED]);

  // The edited file, dropped onto the open article: Gloss asks, in its own dialog.
  await library.dropFile('harbour.md', SECOND);
  const dialog = dialogOf(library);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toHaveText(['Cancel', 'Keep both', 'Import as new version']);
  await expect(dialog.getByRole('button', { name: 'Import as new version' })).toBeFocused();
  await reader.page.screenshot({ path: testInfo.outputPath('version-dialog-light.png') });
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: testInfo.outputPath('version-dialog-dark.png') });
  await reader.page.emulateMedia({ colorScheme: 'light' });
  // Focus stays in the dialog: Tab goes round its buttons.
  await reader.page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await reader.page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Import as new version' })).toBeFocused();

  // Enter takes the default: the open article reads its new text in place.
  await reader.page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(
    reader.toast(
      `Imported the new version of “${TITLE}”: 1 highlight kept, 1 no longer in the text (see “Not in this version”).`,
    ),
  ).toBeVisible();
  await expect(reader.article).toContainText('A second round of talks opened on Thursday');
  await expect(reader.article).not.toContainText(REMOVED);
  await expect.poll(() => reader.paintedTexts('user-yellow')).toEqual([KEPT]);
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual([]);

  const orphans = reader.panel.root.getByRole('region', { name: /Not in this version/ });
  const orphan = orphans.getByTestId('highlight-card');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText(REMOVED);
  await expect(orphan.getByTestId('highlight-note')).toContainText('Check the figure');
  // The group says once why its cards are there; a card does not repeat it.
  await expect(orphans.getByText(/no longer in the article’s text/)).toHaveCount(1);
  await expect(orphan).not.toContainText('no longer in the article');
  await expect(
    reader.panel.root
      .getByRole('region', { name: /^Highlights/ })
      .getByTestId('highlight-card')
      .first(),
  ).toContainText(KEPT);

  // Its note stays editable, and it is exported under its own heading.
  await reader.panel.writeNote(orphan, ' again');
  const article = (await articles(gloss)).find((item) => item.title === TITLE);
  const exported = await gloss.call('export/markdown', { articleId: article!.id });
  const markdown = 'result' in exported ? exported.result.markdown : '';
  expect(markdown).toContain('## Highlights no longer found in the article');
  expect(markdown).toContain('Check the figure again');
  await orphans.scrollIntoViewIfNeeded();
  await reader.page.screenshot({ path: testInfo.outputPath('orphans-light.png') });
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: testInfo.outputPath('orphans-dark.png') });
  await reader.page.emulateMedia({ colorScheme: 'light' });

  // Deleting it takes it out of the group.
  await orphan.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(orphans).toHaveCount(0);
});

test('“Keep both” adds the edited file as an article of its own; Cancel adds nothing and opens the article', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', FIRST, 'text/markdown');
  await expect(library.rows).toHaveCount(2);

  await library.importFile('harbour.md', THIRD, 'text/markdown');
  await dialogOf(library).getByRole('button', { name: 'Keep both' }).click();
  await expect(library.toast(`Imported “${TITLE}”.`).last()).toBeVisible();
  await expect(library.row(TITLE)).toHaveCount(2);
  expect(await articles(gloss)).toHaveLength(3);

  // Esc is Cancel: nothing is added, and the article the library has opens as it is.
  await library.importFile('harbour.md', FOURTH, 'text/markdown');
  await expect(dialogOf(library)).toBeVisible();
  await library.page.keyboard.press('Escape');
  await expect(dialogOf(library)).toHaveCount(0);
  await library.page.locator('html[data-gloss-ready="reader"]').waitFor({ state: 'attached' });
  await expect(library.page.getByTestId('reader')).not.toContainText('No date has been set');
  expect(await articles(gloss)).toHaveLength(3);
});

const PAGE_TITLE = 'Harbour wall repaired after the storm';

/** A page as a browser saves it, its figure's image in Harbour_files/. */
const savedPage = (image: string, alt: string, news: string) => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>${PAGE_TITLE}</title></head><body><article><h1>${PAGE_TITLE}</h1>
<p>${news}</p>
<figure><img src="Harbour_files/${image}" alt="${alt}"><figcaption>${alt}.</figcaption></figure>
<p>The council said the ferry would return to its old berth on Monday, and that the market would reopen once its cold stores had been checked.</p>
</article></body></html>`;

test('a saved page dropped again with its _files folder becomes the new version with its new images', async ({
  gloss,
}, testInfo) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.dropTree([
    {
      path: 'Harbour.html',
      content: Buffer.from(
        savedPage('storm.png', 'The broken wall', 'The storm tore a gap into the northern end of the wall.'),
      ),
    },
    { path: 'Harbour_files/storm.png', content: PNG_40x30 },
  ]);
  const reader = await library.open(PAGE_TITLE);
  const oldImage = reader.article.getByRole('img', { name: 'The broken wall' });
  await expect.poll(() => oldImage.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  const oldSrc = await oldImage.getAttribute('src');

  // The page updated and saved again: new news, and a new photo in its folder.
  await library.dropTree([
    {
      path: 'Harbour.html',
      content: Buffer.from(
        savedPage(
          'repaired.png',
          'The repaired wall',
          'Engineers finished repairing the harbour wall on Thursday.',
        ),
      ),
    },
    { path: 'Harbour_files/repaired.png', content: PNG_24x16 },
  ]);
  const dialog = library.page.getByRole('alertdialog', {
    name: `“${PAGE_TITLE}” is already in your library in an earlier version`,
  });
  await dialog.getByRole('button', { name: 'Import as new version' }).click();
  await expect(reader.article).toContainText('Engineers finished repairing the harbour wall on Thursday.');

  // The figure shows the image that came with the new version, kept and served by Gloss.
  const newImage = reader.article.getByRole('img', { name: 'The repaired wall' });
  await newImage.scrollIntoViewIfNeeded();
  await expect.poll(() => newImage.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(24);
  await expect(reader.article.getByRole('img', { name: 'The broken wall' })).toHaveCount(0);
  // The old photo, shown by no version now, is no longer served (asked past the browser's cache).
  const old = await reader.page.evaluate(
    async (src) => (await fetch(src!, { cache: 'no-store' })).status,
    oldSrc,
  );
  expect(old).toBe(404);
  await reader.page.screenshot({ path: testInfo.outputPath('version-images-light.png') });
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: testInfo.outputPath('version-images-dark.png') });
});

const DUNES = '# Field notes from the dunes\n\nThe dunes moved two metres inland.\n';
const DUNES_AGAIN = '# Field notes from the dunes\n\nThe dunes moved three metres inland this winter.\n';

test('a batch asks about an earlier version in its progress panel, from the keyboard, and can answer the rest alike', async ({
  gloss,
}, testInfo) => {
  test.slow();
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour.md', FIRST, 'text/markdown');
  await expect(library.toast(`Imported “${TITLE}”.`)).toBeVisible();
  await library.importFile('dunes.md', DUNES, 'text/markdown');
  await expect(library.rows).toHaveCount(3);

  // Three files at once, two of them edited: the first waits for its answer in the panel, not in a dialog.
  await library.dropFiles([
    { name: 'harbour.md', content: SECOND },
    { name: 'dunes.md', content: DUNES_AGAIN },
    { name: 'ferry.md', content: '# The ferry returns\n\nThe ferry sails from the north pier again.\n' },
  ]);
  const panel = library.page.getByTestId('import-panel');
  const question = panel.getByRole('group', {
    name: `“${TITLE}” is already in your library in an earlier version.`,
  });
  await expect(question).toBeVisible();
  await expect(library.page.getByRole('alertdialog')).toHaveCount(0);
  await expect(question.getByRole('button')).toHaveText(['Import as new version', 'Keep both', 'Skip']);
  await expect(question.getByRole('button', { name: 'Import as new version' })).toBeFocused();
  await library.page.screenshot({ path: testInfo.outputPath('batch-question-light.png') });
  await library.page.emulateMedia({ colorScheme: 'dark' });
  await library.page.screenshot({ path: testInfo.outputPath('batch-question-dark.png') });
  await library.page.emulateMedia({ colorScheme: 'light' });

  // The keyboard reaches every answer and "the same for the rest"; Enter takes the default.
  for (const key of ['Tab', 'Tab', 'Tab']) await library.page.keyboard.press(key);
  const rest = question.getByRole('checkbox', { name: 'The same for the rest of this import' });
  await expect(rest).toBeFocused();
  await library.page.keyboard.press('Space');
  await expect(rest).toBeChecked();
  for (const key of ['Shift+Tab', 'Shift+Tab', 'Shift+Tab']) await library.page.keyboard.press(key);
  await expect(question.getByRole('button', { name: 'Import as new version' })).toBeFocused();
  await library.page.keyboard.press('Enter');

  // The batch went on without asking again: both edited files are new versions, the third is new.
  await expect(library.toast('Imported all 3 files.')).toBeVisible();
  await expect(panel.getByRole('group')).toHaveCount(0);
  await expect(library.rows).toHaveCount(4);
  const texts = await Promise.all(
    (await articles(gloss)).map(async (item) => {
      const read = await gloss.call('articles/get', { id: item.id });
      return 'result' in read ? read.result.text : '';
    }),
  );
  expect(texts.some((text) => text.includes('A second round of talks opened on Thursday'))).toBe(true);
  expect(texts.some((text) => text.includes('three metres inland'))).toBe(true);
  expect(texts.some((text) => text.includes('two metres inland'))).toBe(false);
});
