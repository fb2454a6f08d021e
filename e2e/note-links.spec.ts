import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// A note set through the API can hold any link; Lexical's own link handling would open tel:,
// a relative path (Gloss itself, in a new tab) and about:blank for javascript:.
const NOTE =
  'Sources: [the report](https://example.com/report), [run](javascript:document.title="pwned"), ' +
  '[call](tel:+15550100) and [elsewhere](/elsewhere).';

test('links in notes open only web and mail addresses, in a new tab without access to Gloss', async ({
  gloss,
}) => {
  test.skip(
    gloss.mode !== 'browser',
    'In Electron a link opens in the system browser, out of sight of Playwright.',
  );
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error('articles/list failed');
  await gloss.call('notes/save', { articleId: list.result[0]!.id, note: { markdown: NOTE } });

  const library = await new LibraryPage(await gloss.restart()).ready();
  const reader = await library.open(/Lavrov/);
  const page = reader.page;
  const note = reader.panel.articleNote;
  const address = page.url();
  const title = await page.title();
  const opened: Page[] = [];
  page.context().on('page', (popup) => opened.push(popup));
  await page
    .context()
    .route('https://example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Report</title>' }),
    );

  // A link Gloss will not open has no address and opens nothing, however it is clicked.
  for (const text of ['run', 'call', 'elsewhere']) {
    const link = reader.panel.noteLink(note, text);
    await expect(link).not.toHaveAttribute('href');
    // (Not a middle click: on Linux that pastes the primary selection into the note.)
    await link.click();
    await link.click({ modifiers: ['ControlOrMeta'] });
  }
  expect(page.url()).toBe(address);
  expect(await page.title()).toBe(title);

  // A web link opens in a new tab that cannot reach back into Gloss.
  const report = reader.panel.noteLink(note, 'the report');
  await expect(report).toHaveAttribute('href', 'https://example.com/report');
  await expect(report).toHaveAttribute('rel', 'noopener noreferrer');
  const [popup] = await Promise.all([page.waitForEvent('popup'), report.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe('https://example.com/report');
  expect(await popup.evaluate(() => window.opener === null)).toBe(true);
  // Window opens happen in click order: had any click above opened something, it came first.
  expect(opened.map((tab) => tab.url())).toEqual(['https://example.com/report']);
  expect(page.url()).toBe(address);
});
