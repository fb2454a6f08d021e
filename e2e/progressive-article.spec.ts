import { expect, test, type GlossApp } from './fixtures';
import { longArticle } from './long-article';
import { LibraryPage } from './pages/library-page';

/** Import the long article and open it in a page that never has idle time. */
async function openLongArticle(gloss: GlossApp) {
  const data = Buffer.from(await longArticle()).toString('base64');
  const imported = await gloss.call('import/file', { name: 'dossier.txt', data });
  if (!('result' in imported)) throw new Error(imported.error.message);
  const answer = await gloss.call('articles/get', { id: imported.result.id });
  if (!('result' in answer)) throw new Error(answer.error.message);
  await gloss.page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await gloss.page.reload();
  const reader = await (await new LibraryPage(gloss.page).ready()).open('A long dossier on Russia and China');
  await reader.entitiesReady();
  const built = () => reader.page.locator('[data-block]').count();
  return { reader, total: answer.result.blocks.length, text: answer.result.text, built };
}

/**
 * A long article is built in chunks (renderer/src/reader/article-dom.ts): the part it opens at
 * and its end at once, the rest in idle time. Here the page never has idle time, so nothing is
 * built but what the reader asks for: every jump below goes to a part not built yet.
 */
test('a long article opens built around its first screen, and every jump to a part not built yet lands there at once, marked', async ({
  gloss,
}) => {
  const { reader, total, built } = await openLongArticle(gloss);
  const opened = await built();
  expect(opened).toBeGreaterThan(10);
  expect(opened).toBeLessThan(total / 2);
  await expect(reader.page.locator('.chunk-placeholder').first()).toBeAttached();

  /** What the view shows now: placeholders in it, blocks in it, and those of them with marks. */
  const inView = () =>
    reader.article.evaluate((element) => {
      const view = element.getBoundingClientRect();
      const within = (node: Element) => {
        const rect = node.getBoundingClientRect();
        return rect.bottom > view.top && rect.top < view.bottom;
      };
      const painted = new Set<Element | null | undefined>();
      for (const highlight of CSS.highlights.values())
        for (const range of highlight)
          painted.add(range.startContainer.parentElement?.closest('[data-block]'));
      const blocks = [...element.querySelectorAll('[data-block]')].filter(within);
      return {
        placeholders: [...element.querySelectorAll('.chunk-placeholder')].filter(within).length,
        blocks: blocks.map((block) => Number(block.getAttribute('data-block'))),
        marked: blocks.filter((block) => painted.has(block)).length,
      };
    });

  // Find: the heading of part 7, in the middle, is built, scrolled to and marked as the match.
  await reader.article.click({ position: { x: 5, y: 5 } });
  await gloss.page.keyboard.press('Control+f');
  await gloss.page.getByRole('searchbox', { name: 'Find in the article' }).fill('Part 7');
  await expect(gloss.page.getByTestId('find-status')).toHaveText('1 of 1');
  await expect.poll(() => reader.paintedTexts('gloss-find-current')).toEqual(['Part 7']);
  const heading = reader.page.getByRole('heading', { name: 'Part 7', exact: true });
  await expect(heading).toBeInViewport();
  await gloss.page.keyboard.press('Escape');

  // A jump as a scrollbar drag makes it, to a part not built: its first frame shows it built and marked.
  const jumped = await reader.article.evaluate(
    (element) =>
      new Promise<{ placeholders: number; blocks: number }>((resolve) => {
        element.scrollTop = element.scrollHeight * 0.3;
        requestAnimationFrame(() => {
          const view = element.getBoundingClientRect();
          const within = (node: Element) => {
            const rect = node.getBoundingClientRect();
            return rect.bottom > view.top && rect.top < view.bottom;
          };
          resolve({
            placeholders: [...element.querySelectorAll('.chunk-placeholder')].filter(within).length,
            blocks: [...element.querySelectorAll('[data-block]')].filter(within).length,
          });
        });
      }),
  );
  expect(jumped.placeholders).toBe(0);
  expect(jumped.blocks).toBeGreaterThan(0);
  const middle = await inView();
  expect(middle.placeholders).toBe(0);
  expect(middle.marked).toBeGreaterThan(0);

  // Still far from all built: only what was shown. (Home and End below scroll through the whole
  // article, building what passes by.)
  expect(await built()).toBeLessThan(total);

  // Home and End, once each, land at the very start and the very end.
  await reader.article.click({ position: { x: 5, y: 300 } });
  await gloss.page.keyboard.press('Home');
  await expect.poll(async () => (await inView()).blocks[0]).toBe(0);
  expect((await inView()).placeholders).toBe(0);
  await gloss.page.keyboard.press('End');
  await expect
    .poll(() =>
      reader.article.evaluate((element) => {
        // At the bottom, to within a few pixels (a scroll position rounds), the last block whole in view.
        const last = [...element.querySelectorAll('[data-block]')].at(-1)!.getBoundingClientRect();
        const atBottom = element.scrollHeight - element.clientHeight - element.scrollTop < 8;
        return atBottom && last.bottom <= element.getBoundingClientRect().bottom;
      }),
    )
    .toBe(true);
  const end = await inView();
  expect(end.blocks.at(-1)).toBe(total - 1);
  expect(end.placeholders).toBe(0);
  expect(end.marked).toBeGreaterThan(0);
});

test('select all and copy in a long article copies all of its text, the parts never shown included', async ({
  gloss,
}) => {
  const { reader, total, text, built } = await openLongArticle(gloss);
  expect(await built()).toBeLessThan(total / 2);
  await gloss.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await reader.article.click({ position: { x: 5, y: 300 } });
  await gloss.page.keyboard.press('Control+a');
  await gloss.page.keyboard.press('Control+c');
  const words = (value: string) => value.split(/\s+/).filter(Boolean).length;
  const copied = await gloss.page.evaluate(() => navigator.clipboard.readText());
  expect(words(copied)).toBeGreaterThan(0.95 * words(text));
  expect(copied).toContain('Part 7');
  expect(await built()).toBe(total);
});
