import { expect, test } from './fixtures';
import { longArticle } from './long-article';
import { LibraryPage } from './pages/library-page';

test('a long article paints marks only near the viewport, and follows the reader to the end', async ({
  gloss,
}) => {
  const data = Buffer.from(await longArticle()).toString('base64');
  const imported = await gloss.call('import/file', { name: 'dossier.txt', data });
  expect('result' in imported).toBe(true);

  // Imported behind the library's back (as a script would): reload to see it.
  await gloss.page.reload();
  const reader = await (await new LibraryPage(gloss.page).ready()).open('A long dossier on Russia and China');
  await reader.entitiesReady();
  const painted = () =>
    reader.page.evaluate(() =>
      [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0),
    );
  const blocks = await reader.page.locator('[data-block]').count();
  expect(blocks).toBeGreaterThan(150);
  const legendTotal = await reader.page
    .getByRole('group', { name: 'Entity types shown in the text' })
    .locator('.legend-count')
    .allTextContents();
  const total = legendTotal.reduce((sum, count) => sum + Number(count), 0);
  expect(total).toBeGreaterThan(1000);
  await expect.poll(painted).toBeGreaterThan(0);
  expect(await painted()).toBeLessThan(total / 4);

  // At the very end, the last paragraph's marks are painted and the first one's are gone.
  await reader.article.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await reader.pointsOf('Republican Party', 12);
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Republican Party');
  expect(await painted()).toBeLessThan(total / 4);
  const firstBlockPainted = await reader.page.evaluate(() => {
    const first = document.querySelector('[data-block="0"]')?.firstChild;
    return [...CSS.highlights.values()].some((highlight) =>
      [...highlight].some((range) => range.startContainer === first),
    );
  });
  expect(firstBlockPainted).toBe(false);

  // A jump (as a scrollbar drag makes it) shows its marks in its very first frame.
  const paintedOnScreen = await reader.article.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        element.scrollTop = element.scrollHeight * 0.4;
        requestAnimationFrame(() => {
          const view = element.getBoundingClientRect();
          let count = 0;
          for (const highlight of CSS.highlights.values()) {
            for (const range of highlight) {
              const rect = range.startContainer.parentElement?.getBoundingClientRect();
              if (rect && rect.bottom > view.top && rect.top < view.bottom) count++;
            }
          }
          resolve(count);
        });
      }),
  );
  expect(paintedOnScreen).toBeGreaterThan(0);

  // A change of layout without a scroll (larger text, as the Aa slider sets it) brings other
  // blocks on screen: their marks are painted without waiting for the reader to scroll.
  const onScreen = () =>
    reader.article.evaluate((element) => {
      const view = element.getBoundingClientRect();
      const painted = new Set<Element | null | undefined>();
      for (const highlight of CSS.highlights.values())
        for (const range of highlight)
          painted.add(range.startContainer.parentElement?.closest('[data-block]'));
      const shown = [...element.querySelectorAll('[data-block]')].filter((block) => {
        const rect = block.getBoundingClientRect();
        return rect.bottom > view.top && rect.top < view.bottom;
      });
      return {
        shown: shown.map((block) => block.getAttribute('data-block')),
        painted: shown.filter((block) => painted.has(block)).length,
      };
    });
  const before = await onScreen();
  await reader.page.evaluate(() =>
    document.querySelector<HTMLElement>('.reader-layout')!.style.setProperty('--reader-font-size', '34px'),
  );
  await expect.poll(async () => (await onScreen()).shown).not.toEqual(before.shown);
  await expect.poll(async () => (await onScreen()).painted).toBeGreaterThan(0);

  // End, pressed once from the top, reaches the end of the article and stays there.
  await reader.article.evaluate((element) => element.scrollTo(0, 0));
  await reader.article.click({ position: { x: 5, y: 300 } });
  await reader.page.keyboard.press('End');
  await expect
    .poll(() =>
      reader.article.evaluate((element) => {
        const blocks = element.querySelectorAll('[data-block]');
        const last = blocks[blocks.length - 1]!.getBoundingClientRect();
        const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
        return atBottom && last.bottom <= element.getBoundingClientRect().bottom;
      }),
    )
    .toBe(true);
});
