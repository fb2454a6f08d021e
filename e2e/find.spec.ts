import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('Ctrl+F finds a word in the article: every match painted, "1 of N", Enter and Shift+Enter step, Esc closes', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  const reader = await library.open(/Lavrov/);
  const id = decodeURIComponent(/#\/article\/([^?]+)/.exec(gloss.page.url())![1]!);
  const answer = await gloss.call('articles/get', { id });
  if (!('result' in answer)) throw new Error(answer.error.message);
  const count = answer.result.text.toLowerCase().split('peace').length - 1;
  expect(count).toBeGreaterThan(2);

  await reader.article.click({ position: { x: 5, y: 5 } });
  await gloss.page.keyboard.press('Control+f');
  const box = gloss.page.getByRole('searchbox', { name: 'Find in the article' });
  await expect(box).toBeFocused();
  await box.fill('PEACE');
  const status = gloss.page.getByTestId('find-status');
  await expect(status).toHaveText(`1 of ${count}`);
  // The bar covers no part of the legend (it used to sit over its last count).
  const bar = await gloss.page.getByRole('search', { name: 'Find in the article' }).boundingBox();
  const legend = gloss.page.getByRole('group', { name: 'Entity types shown in the text' });
  for (const item of await legend.getByRole('button').all()) {
    const key = (await item.boundingBox())!;
    const apart =
      key.x + key.width <= bar!.x ||
      bar!.x + bar!.width <= key.x ||
      key.y + key.height <= bar!.y ||
      bar!.y + bar!.height <= key.y;
    expect(apart, `the find bar covers "${await item.innerText()}"`).toBe(true);
  }
  await expect
    .poll(() => reader.paintedTexts('gloss-find-current'))
    .toEqual([expect.stringMatching(/^peace$/i)]);
  // Painted near the viewport only (the painter's rule), at least the current one.
  expect((await reader.paintedTexts('gloss-find')).length).toBeGreaterThan(0);

  await box.press('Enter');
  await expect(status).toHaveText(`2 of ${count}`);
  await box.press('Shift+Enter');
  await box.press('Shift+Enter');
  await expect(status).toHaveText(`${count} of ${count}`);
  // The current match is scrolled into view.
  const scroller = await reader.article.boundingBox();
  const current = await gloss.page.evaluate(() => {
    const range = [...CSS.highlights.get('gloss-find-current')!][0]!;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.getBoundingClientRect().y;
  });
  expect(current).toBeGreaterThan(scroller!.y);
  expect(current).toBeLessThan(scroller!.y + scroller!.height);

  await box.fill('zanzibar');
  await expect(status).toHaveText('No matches');
  await box.press('Escape');
  await expect(box).toBeHidden();
  expect(await reader.paintedTexts('gloss-find')).toEqual([]);
  await expect(reader.title()).toBeVisible(); // still in the reader
});
