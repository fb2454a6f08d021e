import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

test('an entity page lists its articles and passages, and leads to the entities that appear with it', async ({
  gloss,
}) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const detail = await reader.panel.openEntity('Sergey Lavrov');
  await detail.getByRole('link', { name: 'Open the page on Sergey Lavrov' }).click();

  const lavrov = await new EntityPage(reader.page).ready();
  await expect(lavrov.title).toHaveText('Sergey Lavrov');
  await expect(lavrov.articles).toHaveCount(1);
  await expect(lavrov.articles.first().locator('mark').first()).toHaveText(/Lavrov/);
  await expect(lavrov.timeline).toContainText('2024');
  await expect(lavrov.appearsWith.getByRole('link', { name: /Xi Jinping/ })).toBeVisible();
  await reader.page.screenshot({ path: test.info().outputPath('entity-page-light.png'), fullPage: true });

  await lavrov.appearsWith.getByRole('link', { name: /Xi Jinping/ }).click();
  const xi = await new EntityPage(reader.page).ready();
  await expect(xi.title).toHaveText('Xi Jinping');
  await expect(xi.appearsWith.getByRole('link', { name: /Sergey Lavrov/ })).toBeVisible();
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: test.info().outputPath('entity-page-dark.png'), fullPage: true });

  // A passage opens the article there.
  await xi.articles.first().locator('.entity-contexts a').first().click();
  await reader.page.locator('html[data-gloss-ready="reader"]').waitFor({ state: 'attached' });
  await expect(reader.page).toHaveURL(/#\/article\/.+\?at=\d+/);
});

test('an entity keeps your note and the names you add to it, across the library', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile(
    'minister.md',
    '# The minister speaks\n\nForeign Minister Lavrov spoke to reporters in Moscow on Tuesday. Lavrov took no questions.\n',
    'text/markdown',
  );
  await expect(library.rows).toHaveCount(2);
  const reader = await (await library.open(/Lavrov meets|Sergey Lavrov meets/)).entitiesReady();
  const detail = await reader.panel.openEntity('Sergey Lavrov');
  await detail.getByRole('link', { name: 'Open the page on Sergey Lavrov' }).click();
  const lavrov = await new EntityPage(reader.page).ready();
  await expect(lavrov.articles).toHaveCount(1);

  // A note on the entity, kept.
  const note = reader.page.getByTestId('entity-note');
  await reader.panel.writeNote(note, 'Foreign minister since **2004**.');
  await reader.page.reload();
  await lavrov.ready();
  await expect(note).toContainText('Foreign minister since 2004.');
  await expect(note.locator('strong')).toHaveText('2004');

  // "Lavrov" alone, in the other article, is the same person: the page gains that article.
  const aliases = reader.page.getByRole('region', { name: 'Also written' });
  await aliases.getByLabel('Another name for Sergey Lavrov').fill('Lavrov');
  await aliases.getByRole('button', { name: 'Add name' }).click();
  await expect(lavrov.articles).toHaveCount(2);
  await expect(aliases.getByRole('button', { name: 'Remove the name “Lavrov”' })).toBeVisible();
  await reader.page.screenshot({ path: test.info().outputPath('entity-note-light.png'), fullPage: true });
  await reader.page.emulateMedia({ colorScheme: 'dark' });
  await reader.page.screenshot({ path: test.info().outputPath('entity-note-dark.png'), fullPage: true });

  await aliases.getByRole('button', { name: 'Remove the name “Lavrov”' }).click();
  await expect(lavrov.articles).toHaveCount(1);
});

test('a note on an entity follows other tabs, and a clash keeps both versions', async ({ gloss }) => {
  test.skip(gloss.mode === 'electron', 'A second window of the Electron app is not driven from Playwright.');
  test.slow();
  await new LibraryPage(gloss.page).ready();
  const hash = '#/entity/person/Sergey%20Lavrov';
  await gloss.page.goto(new URL(hash, gloss.page.url()).href);
  const one = await new EntityPage(gloss.page).ready();
  const otherTab = await gloss.page.context().newPage();
  await otherTab.goto(gloss.page.url());
  const two = await new EntityPage(otherTab).ready();
  const noteOf = (page: EntityPage) => page.page.getByTestId('entity-note');

  // Saved in one tab, shown in the other (nothing unsaved there).
  await new ReaderPage(one.page).panel.writeNote(noteOf(one), 'Foreign minister.');
  await expect(noteOf(two).getByRole('textbox')).toHaveText('Foreign minister.');

  // Both type; the second tab's save is held until the first tab's has landed.
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  await two.page.route('**/rpc', async (route) => {
    const { method } = route.request().postDataJSON() as { method: string };
    if (method === 'entities/saveNote') {
      held += 1;
      await gate;
    }
    await route.continue();
  });
  await noteOf(two).getByRole('textbox').click();
  await two.page.keyboard.press('ControlOrMeta+End');
  await two.page.keyboard.type(' Mine.');
  await expect.poll(() => held).toBe(1);
  await noteOf(one).getByRole('textbox').click();
  await one.page.keyboard.press('ControlOrMeta+End');
  await one.page.keyboard.type(' Theirs.');
  await expect(noteOf(one).getByTestId('save-status')).toHaveText('Saved');
  open();

  const conflict = noteOf(two).getByTestId('note-conflict');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('Foreign minister. Theirs.');
  await expect(conflict.getByTestId('conflict-mine')).toContainText('Foreign minister. Mine.');
  const stored = await gloss.call('entities/page', { name: 'Sergey Lavrov', type: 'person' });
  expect('result' in stored && stored.result.note.markdown).toBe('Foreign minister. Theirs.');
  await two.page.screenshot({ path: test.info().outputPath('entity-note-conflict.png') });

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(noteOf(two).getByRole('textbox').locator('p')).toHaveText([
    'Foreign minister. Theirs.',
    'Foreign minister. Mine.',
  ]);
  await expect(noteOf(one).getByRole('textbox').locator('p')).toHaveText([
    'Foreign minister. Theirs.',
    'Foreign minister. Mine.',
  ]);
});
