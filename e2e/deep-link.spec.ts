import { expect, test } from './fixtures';
import { ImportConfirm } from './pages/import-confirm';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { serveWebSite, type WebSite } from './web-server';

const TITLE = 'Council publishes the harbour report';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${TITLE} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Ana Ruiz"><link rel="icon" href="data:,"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>${TITLE}</h1>
<p>The council published <a href="https://council.example/harbour-report">the full harbour report</a> on <em>Tuesday</em> morning, a week after the vote on the sea wall.</p>
<p>Engineers will begin repairs in the spring, when the tides are lower and the ferries run less often.</p>
</article><footer>We use cookies. Accept</footer></body></html>`;

let site: WebSite | null = null;
test.afterEach(async () => {
  await site?.stop();
  site = null;
});

test('the bookmarklet on a news page opens Gloss asking first; Import brings the page in, links and all', async ({
  gloss,
}, testInfo) => {
  test.skip(gloss.mode !== 'browser', 'The Electron app gets gloss:// links from the OS instead.');
  // Two tabs, an import, a highlight and an export: on a loaded machine this runs near a minute.
  test.slow();
  site = await serveWebSite({ '/news/harbour-report': PAGE });
  const library = await new LibraryPage(gloss.page).ready();

  // The bookmarklet as Help shows it, dragged to the bookmarks bar: its address is its code.
  await library.page.keyboard.press('?');
  const help = library.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const bookmarklet = help.getByTestId('bookmarklet');
  await bookmarklet.scrollIntoViewIfNeeded();
  await expect(bookmarklet).toHaveAttribute('draggable', 'true');
  const code = await bookmarklet.getAttribute('href');
  expect(code).toMatch(/^javascript:/);
  // It carries no token: the page it runs on could read it.
  const token = await library.page.evaluate(() => localStorage.getItem('gloss.token'));
  expect(token).toBeTruthy();
  expect(code).not.toContain(token);
  // Copy puts the same code on the clipboard, for pasting as a new bookmark's address.
  await library.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await help.getByRole('button', { name: 'Copy bookmarklet' }).click();
  await expect(help.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await library.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await library.page.screenshot({ path: testInfo.outputPath('help-bookmarklet-light.png') });
  await library.page.emulateMedia({ colorScheme: 'dark' });
  await library.page.screenshot({ path: testInfo.outputPath('help-bookmarklet-dark.png') });
  await library.page.emulateMedia({ colorScheme: 'light' });
  await library.page.keyboard.press('Escape');

  // Reading the news in another tab, the reader clicks the bookmark.
  const news = await library.page.context().newPage();
  await news.goto(`${site.origin}/news/harbour-report`);
  const fetchedBefore = site.requestCount();
  const [tab] = await Promise.all([
    library.page.context().waitForEvent('page'),
    news.evaluate(code!.replace(/^javascript:/, '')),
  ]);
  const confirm = new ImportConfirm(tab);
  await expect(confirm.dialog).toBeVisible();
  await expect(confirm.address).toHaveText(`${site.origin}/news/harbour-report`);
  await expect(confirm.cancelButton).toBeFocused();
  // Asking fetched nothing: a web page cannot fill the library by sending someone here.
  expect(site.requestCount()).toBe(fetchedBefore);
  await expect(confirm.importButton).toBeEnabled();
  await tab.screenshot({ path: testInfo.outputPath('import-confirm-light.png') });
  await tab.emulateMedia({ colorScheme: 'dark' });
  await tab.screenshot({ path: testInfo.outputPath('import-confirm-dark.png') });
  await tab.emulateMedia({ colorScheme: 'light' });

  await confirm.importButton.click();
  const reader = await new ReaderPage(tab).ready();
  await expect(reader.title()).toHaveText(TITLE);
  await expect(reader.article.getByRole('link', { name: 'the full harbour report' })).toHaveAttribute(
    'data-href',
    'https://council.example/harbour-report',
  );
  // Back does not ask again: the question was answered.
  expect(new URL(tab.url()).hash).toMatch(/^#\/article\//);

  // A highlight that starts inside the link: the export quotes it with the part of the link it covers.
  await reader.select('harbour report on Tuesday morning');
  await reader.page.keyboard.press('h');
  await expect(reader.panel.cards).toHaveCount(1);
  const exportTab = gloss.page;
  await exportTab.bringToFront();
  const again = await (await new LibraryPage(exportTab).ready()).open(TITLE);
  await expect(again.panel.cards).toHaveCount(1);
  const { markdown } = await gloss.captureExport(() => again.exportButton.click());
  expect(markdown).toContain(
    '> [harbour report](https://council.example/harbour-report) on *Tuesday* morning',
  );
  expect(markdown).toMatch(/^url: http:\/\/127\.0\.0\.1:\d+\/news\/harbour-report$/m);
  expect(markdown).toContain('site: Harbour Gazette');
});

test('Cancel, Esc and a link that is no web page import nothing', async ({ gloss }) => {
  site = await serveWebSite({ '/news/harbour-report': PAGE });
  const library = await new LibraryPage(gloss.page).ready();
  const rows = await library.rows.count();
  const url = `${site.origin}/news/harbour-report`;

  let confirm = await ImportConfirm.ask(library.page, url);
  await expect(confirm.cancelButton).toBeFocused();
  // While Gloss is not the window in front, Import does nothing (a click meant for another page).
  await library.page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect(confirm.importButton).toBeDisabled();
  await expect(confirm.cancelButton).toBeEnabled();
  await library.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(confirm.importButton).toBeEnabled();
  await library.page.keyboard.press('Escape');
  await expect(confirm.dialog).toBeHidden();

  // Enter on the focused Cancel cancels too: a reader who just presses Enter imports nothing.
  confirm = await ImportConfirm.ask(library.page, url);
  await library.page.keyboard.press('Enter');
  await expect(confirm.dialog).toBeHidden();
  await library.ready();
  await expect(library.rows).toHaveCount(rows);
  expect(site.requestCount()).toBe(0);

  await library.page.evaluate(() => {
    window.location.hash = `#/import?url=${encodeURIComponent('javascript:alert(1)')}`;
  });
  await expect(library.toast(/does not name a web page/)).toBeVisible();
  await expect(new ImportConfirm(library.page).dialog).toHaveCount(0);
  await expect(library.rows).toHaveCount(rows);
});

test('the desktop app asks before importing a gloss://import link, and opens a gloss://open link at its highlight', async ({
  gloss,
}) => {
  test.skip(gloss.mode !== 'electron', 'Only the desktop app is sent gloss:// links by the OS.');
  site = await serveWebSite({ '/news/harbour-report': PAGE });
  const library = await new LibraryPage(gloss.page).ready();
  const url = `${site.origin}/news/harbour-report`;

  await gloss.sendDeepLink(`gloss://import?url=${encodeURIComponent(url)}`);
  const confirm = new ImportConfirm(library.page);
  await expect(confirm.dialog).toBeVisible();
  await expect(confirm.address).toHaveText(url);
  await expect(confirm.cancelButton).toBeFocused();
  expect(site.requestCount()).toBe(0);
  await confirm.importButton.click();
  const reader = await new ReaderPage(library.page).ready();
  await expect(reader.title()).toHaveText(TITLE);

  await reader.select('Engineers will begin repairs');
  await reader.page.keyboard.press('h');
  await expect(reader.panel.cards).toHaveCount(1);
  const articleId = decodeURIComponent(/^#\/article\/([^?]+)/.exec(new URL(reader.page.url()).hash)![1]!);
  const listed = await gloss.call('highlights/list', { articleId });
  if (!('result' in listed)) throw new Error(listed.error.message);
  const highlightId = listed.result.entries[0]!.id;
  await reader.back();
  await library.ready();

  await gloss.sendDeepLink(`gloss://open?article=${articleId}&highlight=${highlightId}`);
  const opened = await new ReaderPage(library.page).ready();
  await expect(opened.title()).toHaveText(TITLE);
  await expect(opened.panel.card('Engineers will begin repairs')).toBeFocused();

  await gloss.sendDeepLink('gloss://import?url=file%3A%2F%2F%2Fetc%2Fpasswd');
  await expect(opened.toast(/did not follow a link it was sent: .*does not name a web page/)).toBeVisible();
  await expect(confirm.dialog).toHaveCount(0);
});
