import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { root } from './launch';
import { LibraryPage } from './pages/library-page';

// Made by electron/core/import/pdf/pdf-fixture.test-support.ts from report-fixture.test-support.ts:
// two A4 pages with a running header, "Page N of 2", headings, a list and hyphenated words.
const FIXTURE = path.join(root, 'electron/core/import/fixtures/harbour-report.pdf');
const ON_PAGE_2 = 'the closure had cost them a month of landings';

test('a PDF imports as an article; a highlight on page 2 says so in the export', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile('harbour-report.pdf', await readFile(FIXTURE), 'application/pdf');
  await expect(library.toast('Imported “The Harbour in Winter”.')).toBeVisible();

  const reader = await library.open('The Harbour in Winter');
  await expect(reader.page.getByRole('heading', { name: 'What the fishermen say' })).toBeVisible();
  // Running header and page numbers are not part of the article; a hyphenated word is whole.
  await expect(reader.article).not.toContainText('Harbour Review');
  await expect(reader.article).not.toContainText('Page 1 of 2');
  await expect(reader.article).toContainText('a thoroughly unprecedented repair');

  await reader.select(ON_PAGE_2);
  await reader.page.keyboard.press('h');
  await expect(reader.panel.card(ON_PAGE_2)).toBeVisible();
  const { markdown } = await gloss.captureExport(() => reader.exportButton.click());
  expect(markdown).toContain(`> ${ON_PAGE_2}\n>\n> — p. 2`);
});
