import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { OutsideDrag } from './pages/outside-drag';
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
