import { expect, test, waitForReady, type GlossApp } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { FIRST, KEPT, REMOVED, SECOND, TITLE } from './version-fixture';

function result<T>(answer: { result: T } | { error: { message: string } }): T {
  if ('error' in answer) throw new Error(answer.error.message);
  return answer.result;
}

/** A highlight on `quote` with a saved note, made through the core (as a script would). */
async function highlight(gloss: GlossApp, articleId: string, quote: string, note: string): Promise<void> {
  const { text } = result(await gloss.call('articles/get', { id: articleId }));
  const start = text.indexOf(quote);
  const made = result(await gloss.call('highlights/create', { articleId, start, end: start + quote.length }));
  result(await gloss.call('highlights/update', { articleId, id: made.id, note: { markdown: note } }));
}

test('a new version imported in one tab: the other reloads text, highlights and orphans, and keeps the note being typed there', async ({
  gloss,
}, testInfo) => {
  test.skip(gloss.mode === 'electron', 'A second window of the Electron app is not driven from Playwright.');
  test.slow();
  const { id } = result(await gloss.call('import/file', { name: 'harbour.md', data: btoa(FIRST) }));
  await highlight(gloss, id, KEPT, 'Who pays?');
  await highlight(gloss, id, REMOVED, 'Check the figure.');
  const library = await new LibraryPage(gloss.page).ready();
  const one = await library.open(TITLE);
  const page = await gloss.page.context().newPage();
  await page.goto(gloss.page.url());
  await waitForReady(page);
  const two = await new ReaderPage(page).ready();

  // The second tab is in the middle of a note: typed, not yet saved, the caret in it.
  const typing = two.panel.card(KEPT);
  await two.panel.noteEditor(typing).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' The port, or the');

  // The first tab imports the edited file as the new version.
  await library.dropFile('harbour.md', SECOND);
  await library.page.getByRole('button', { name: 'Import as new version' }).click();
  await expect(one.article).toContainText('A second round of talks opened on Thursday');

  // The second tab does not swap the article under the note: it says a new version waits, and
  // typing goes on in the note (no keystroke is lost, none becomes a reader shortcut).
  const waiting = two.page
    .getByRole('status')
    .filter({ hasText: 'A new version of this article was imported' });
  await expect(waiting).toBeVisible();
  await expect(two.panel.noteEditor(typing)).toBeFocused();
  await page.keyboard.type(' ministries?');
  await expect(two.article).not.toContainText('A second round of talks');
  // Until then the old text keeps its own highlights, where they were, and no orphans yet.
  const orphans = two.panel.root.getByRole('region', { name: /Not in this version/ });
  await expect.poll(() => two.paintedTexts('user-yellow')).toEqual([KEPT, REMOVED]);
  await expect(orphans).toHaveCount(0);
  await two.page.screenshot({ path: testInfo.outputPath('version-waiting-light.png') });
  await two.page.emulateMedia({ colorScheme: 'dark' });
  await two.page.screenshot({ path: testInfo.outputPath('version-waiting-dark.png') });
  await two.page.emulateMedia({ colorScheme: 'light' });

  // Leaving the note (here by the notice's button) shows the new version.
  await waiting.getByRole('button', { name: 'Show it now' }).click();
  await expect(waiting).toHaveCount(0);
  await expect(two.article).toContainText('A second round of talks opened on Thursday');
  await expect(two.article).not.toContainText(REMOVED);
  await expect.poll(() => two.paintedTexts('user-yellow')).toEqual([KEPT]);
  await expect(two.panel.noteEditor(two.panel.card(KEPT))).toHaveText(
    'Who pays? The port, or the ministries?',
  );
  const orphan = orphans.getByTestId('highlight-card');
  await expect(orphan).toContainText(REMOVED);
  await expect(two.panel.noteEditor(orphan)).toHaveText('Check the figure.');

  // What was typed is stored, on the moved highlight, and the first tab shows it too.
  const stored = result(await gloss.call('articles/get', { id }));
  expect(stored.highlights.find((item) => item.exact === KEPT)?.note.markdown).toBe(
    'Who pays? The port, or the ministries?',
  );
  await expect(one.panel.noteEditor(one.panel.card(KEPT))).toHaveText(
    'Who pays? The port, or the ministries?',
  );
});
