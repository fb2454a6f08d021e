import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { OutsideDrag } from './pages/outside-drag';
import type { ReaderPage } from './pages/reader-page';
import { PNG_40x30 } from './png-fixture';
import { newsPage, serveWebSite, type WebSite } from './web-server';

const HARBOUR = newsPage('Ferry service returns to the harbour', [
  'The first ferry in a week left the harbour on Tuesday morning after repairs to the sea wall were finished, the council said.',
  'Crews who had moored in the next bay began to return on Wednesday, and the fish market is expected to reopen on Friday.',
]);
const BRIDGE = newsPage('Old bridge closes for repairs', [
  'The old stone bridge over the river will close for three months from Monday while engineers replace its worn bearings.',
]);
const MARKET = newsPage('Night market draws record crowds', [
  'More than ten thousand people visited the night market on Saturday, twice as many as last year, organisers said on Sunday.',
]);

const TIDES_TITLE = 'Spring tides flood the lower town';
const TIDES_LINK = 'https://harbour.example/tide-tables';
/** A news page with what a reader must keep: an image, links, a list and a table. */
const TIDES = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${TIDES_TITLE} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>${TIDES_TITLE}</h1>
<p>Water stood knee deep in the lower town on Sunday as the highest tide of the year met a strong westerly wind, the harbour master said.</p>
<figure><img src="/media/quay.png" alt="The flooded quay at high water" width="40" height="30">
<figcaption>The quay at half past six in the morning.</figcaption></figure>
<p>Residents were told to check the <a href="${TIDES_LINK}">tide tables for the coming week</a> before they park near the quay, and the council opened the school hall for anyone who had to leave.</p>
<p>The harbour master asked people to take three steps:</p>
<ol><li>move cars to the upper car park</li><li>keep sandbags by every door</li><li>stay off the sea wall</li></ol>
<table><thead><tr><th>Day</th><th>High water</th><th>Height</th></tr></thead>
<tbody><tr><td>Sunday</td><td>06:32</td><td>5.9 m</td></tr><tr><td>Monday</td><td>07:14</td><td>5.7 m</td></tr></tbody></table>
<p>The next spring tide is due in a fortnight.</p>
</article><footer>We use cookies. Accept</footer></body></html>`;
/** From the plain text into the link's text: the highlight crosses the link's start. */
const ACROSS_THE_LINK = 'check the tide tables';

let site: WebSite | null = null;
test.afterEach(async () => {
  await site?.stop();
  site = null;
});

test('a web page imported by address reads offline: the site can go away, and after a restart it still opens', async ({
  gloss,
}) => {
  site = await serveWebSite({ '/news/ferry': HARBOUR });
  const library = await new LibraryPage(gloss.page).ready();
  await library.importUrl(`${site.origin}/news/ferry`);
  await expect(library.toast('Imported “Ferry service returns to the harbour”.')).toBeVisible();
  await expect(library.urlBox()).toHaveValue('');

  await site.stop();
  site = null;
  const page = await gloss.restart();
  const again = await new LibraryPage(page).ready();
  const reader = await again.open('Ferry service returns to the harbour');
  await expect(reader.page.getByText('The first ferry in a week left the harbour')).toBeVisible();
  await expect(reader.page.getByText('We use cookies')).toHaveCount(0);
  await expect(reader.page.getByText('Sport')).toHaveCount(0);
});

/** The imported tides article, read as a reader sees it: image, link, list, table, highlight. */
async function expectTidesArticle(reader: ReaderPage): Promise<void> {
  const body = reader.article.locator('.article-body');
  const image = body.getByRole('img', { name: 'The flooded quay at high water' });
  await image.scrollIntoViewIfNeeded();
  // Decoded from Gloss's own copy: the site is gone.
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  await expect(body.locator('figcaption')).toHaveText('The quay at half past six in the morning.');
  await expect(body.getByRole('link', { name: 'tide tables for the coming week' })).toHaveAttribute(
    'data-href',
    TIDES_LINK,
  );
  await expect(body.locator('ol > li')).toHaveText([
    'move cars to the upper car park',
    'keep sandbags by every door',
    'stay off the sea wall',
  ]);
  await expect(body.getByRole('columnheader')).toHaveText(['Day', 'High water', 'Height']);
  await expect(body.getByRole('row', { name: /Monday/ }).getByRole('cell')).toHaveText([
    'Monday',
    '07:14',
    '5.7 m',
  ]);
  await expect(reader.page.getByText('We use cookies')).toHaveCount(0);
}

test('a page imported by address keeps its images, links, list and table offline, with a highlight across a link, after a restart too', async ({
  gloss,
}, testInfo) => {
  // Two starts of the app and two exports.
  test.slow();
  site = await serveWebSite({
    '/news/tides': TIDES,
    '/media/quay.png': { body: PNG_40x30, contentType: 'image/png' },
  });
  const library = await new LibraryPage(gloss.page).ready();
  await library.importUrl(`${site.origin}/news/tides`);
  await expect(library.toast(`Imported “${TIDES_TITLE}”.`)).toBeVisible();
  // The page and its image, fetched once at import; then the site goes away.
  expect(site.requestCount()).toBe(2);
  await site.stop();
  site = null;

  const reader = await library.open(TIDES_TITLE);
  await expectTidesArticle(reader);
  await reader.select(ACROSS_THE_LINK);
  await reader.page.keyboard.press('h');
  await expect.poll(() => reader.paintedTexts('user-yellow')).toEqual([ACROSS_THE_LINK]);
  const expectedQuote = `> check the [tide tables](${TIDES_LINK})`;
  const first = await gloss.captureExport(() => reader.exportButton.click());
  expect(first.markdown).toContain(expectedQuote);
  await reader.page.evaluate(() => document.getSelection()?.removeAllRanges());
  await reader.page.screenshot({ path: testInfo.outputPath('url-article-light.png'), fullPage: true });

  const again = await (await new LibraryPage(await gloss.restart()).ready()).open(TIDES_TITLE);
  await expectTidesArticle(again);
  await expect.poll(() => again.paintedTexts('user-yellow')).toEqual([ACROSS_THE_LINK]);
  const second = await gloss.captureExport(() => again.exportButton.click());
  expect(second.markdown).toContain(expectedQuote);
  await again.page.emulateMedia({ colorScheme: 'dark' });
  await again.page.screenshot({ path: testInfo.outputPath('url-article-dark.png'), fullPage: true });
});

test('several addresses pasted at once import as a batch, and a missing page says why', async ({ gloss }) => {
  site = await serveWebSite({ '/bridge': BRIDGE, '/market': MARKET });
  await gloss.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = await new LibraryPage(gloss.page).ready();
  // Ctrl+V anywhere in the library (nothing focused): one address per line.
  await library.paste(`${site.origin}/bridge\n${site.origin}/market\n${site.origin}/gone`);
  await expect(library.importSummary).toContainText('Imported 2 of 3 pages');
  await expect(library.refusals()).toHaveText([
    /127\.0\.0\.1:\d+ has no page at this address \(404 Not Found\)/,
  ]);
  await expect(library.row('Old bridge closes for repairs')).toBeVisible();
  await expect(library.row('Night market draws record crowds')).toBeVisible();
  await library.page.screenshot({ path: test.info().outputPath('url-batch-light.png') });
  await library.page.emulateMedia({ colorScheme: 'dark' });
  await library.urlBox().fill('not an address');
  await library.urlBox().press('Enter');
  await library.page.screenshot({ path: test.info().outputPath('url-batch-dark.png') });
});

test('a link dragged from a browser onto the window imports its page', async ({ gloss }) => {
  site = await serveWebSite({ '/market': MARKET });
  const library = await new LibraryPage(gloss.page).ready();
  const address = library.page.url();
  const link = `${site.origin}/market`;
  const drag = await OutsideDrag.over(
    library.page,
    { 'text/uri-list': link, 'text/plain': link },
    library.rows.first(),
  );
  await expect(library.page.getByText('Drop to import the page')).toBeVisible();
  await drag.drop();
  await expect(library.toast('Imported “Night market draws record crowds”.')).toBeVisible();
  expect(library.page.url()).toBe(address);
});

test('the box says when what was typed is not a web address', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importUrl('file:///etc/passwd');
  await expect(
    library.page.getByRole('alert').filter({ hasText: 'That is not a web address' }),
  ).toBeVisible();
  await expect(library.rows).toHaveCount(1);
});
