import type { AnnotationCollection } from '../electron/contract/web-annotation';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { PNG_40x30 } from './png-fixture';

test('export the library with entity notes, and the highlights as Web Annotations that import back', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error('no articles');
  const seed = list.result[0]!;
  const article = await gloss.call('articles/get', { id: seed.id });
  if (!('result' in article)) throw new Error('no article');
  const start = article.result.text.indexOf('Sergey Lavrov');
  const made = await gloss.call('highlights/create', {
    articleId: seed.id,
    start,
    end: start + 'Sergey Lavrov'.length,
  });
  if (!('result' in made)) throw new Error('no highlight');
  await gloss.call('highlights/update', {
    articleId: seed.id,
    id: made.result.id,
    note: { markdown: 'Minister since 2004' },
  });
  // Entity notes need detection done; it runs in the background from the first start.
  await expect
    .poll(async () => {
      const found = await gloss.call('entities/get', { articleId: seed.id });
      return 'result' in found ? found.result.state.status : 'failed';
    })
    .toBe('ready');

  const dialog = await ExportDialog.open(library.page);
  await expect(dialog.entityNotes).toBeChecked();
  await library.page.screenshot({ path: test.info().outputPath('export-dialog-light.png') });
  const files = await gloss.captureLibraryExport(() => dialog.exportVault.click());
  const articleFile = Object.keys(files).find((name) => name.startsWith('Articles/'))!;
  expect(files[articleFile]).toContain('Minister since 2004');
  expect(files[articleFile]).toContain('[[People/Sergey Lavrov|Sergey Lavrov]]');
  expect(files['People/Sergey Lavrov.md']).toContain(`[[${articleFile.replace(/\.md$/, '')}|`);
  expect(files['People/Sergey Lavrov.md']).toContain('> Sergey Lavrov');
  await expect(dialog.status).toContainText(/\d+/);

  const exported = await gloss.captureExport(() => dialog.exportAnnotations.click());
  expect(exported.fileName).toMatch(/\.jsonld$/);
  const collection = JSON.parse(exported.markdown) as AnnotationCollection;
  expect(collection.total).toBe(1);
  expect(collection.first?.items[0]?.body?.[0]?.value).toBe('Minister since 2004');

  // The highlight is gone; importing the file brings it back, note and all.
  await gloss.call('highlights/delete', { articleId: seed.id, id: made.result.id });
  await dialog.importAnnotations(exported.fileName, exported.markdown);
  await expect(dialog.status).toContainText('1 highlight added to 1 article.');
  await library.page.emulateMedia({ colorScheme: 'dark' });
  await library.page.screenshot({ path: test.info().outputPath('export-dialog-dark.png') });
  await library.page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await expect(library.row(seed.title)).toContainText('1');
  const reader = await library.open(seed.title);
  await expect(reader.page.getByText('Minister since 2004')).toBeVisible();
});

test("the library export carries the picture of a highlighted passage beside the article's file", async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  const md =
    '# Harbour at dawn\n\nThe sea wall held overnight.\n\n![The rebuilt wall](wall.png)\n\nBoats came back by noon.';
  const imported = await gloss.call('import/file', {
    name: 'harbour.md',
    data: Buffer.from(md).toString('base64'),
    files: [{ path: 'wall.png', data: PNG_40x30.toString('base64') }],
  });
  if (!('result' in imported)) throw new Error('not imported');
  const article = await gloss.call('articles/get', { id: imported.result.id });
  if (!('result' in article)) throw new Error('no article');
  const { text } = article.result;
  await gloss.call('highlights/create', {
    articleId: imported.result.id,
    start: text.indexOf('held overnight'),
    end: text.indexOf(' by noon'),
  });

  const dialog = await ExportDialog.open(library.page);
  const files = await gloss.captureLibraryExport(() => dialog.exportVault.click());
  const markdown = files['Articles/Harbour at dawn.md']!;
  expect(markdown).toMatch(
    /> held overnight\.\n>\n> !\[The rebuilt wall\]\(\.\.\/attachments\/Harbour%20at%20dawn\//,
  );
  // The link, resolved from the article's folder as Obsidian does, is the picture's bytes.
  const link = /!\[The rebuilt wall\]\(\.\.\/([^)]+)\)/.exec(markdown)![1]!;
  expect(files[decodeURI(link)]).toBe(PNG_40x30.toString('base64'));
});
