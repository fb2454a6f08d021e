import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { addRichArticle, type BlockSpec } from './rich-article';

const TITLE = 'Low water on the Rhine';
const SOURCE = { link: 'https://example.com/rhine-2018' };

/** An article with every block kind and inline mark the importers produce. */
const ARTICLE: BlockSpec[] = [
  {
    kind: 'paragraph',
    runs: [
      'Freight on the Rhine ',
      { text: 'fell sharply ', marks: ['emphasis'] },
      { text: 'in the dry summer', marks: ['emphasis', SOURCE] },
      { text: ' of 2018', marks: [SOURCE] },
      ', and Russian Foreign Minister ',
      { text: 'Sergey ', marks: ['strong'] },
      { text: 'Lavrov', marks: ['strong', { link: 'https://example.com/lavrov' }] },
      ' said Moscow was watching. Emissions of CO',
      { text: '2', marks: ['sub'] },
      ' rose by 10',
      { text: '6', marks: ['sup'] },
      ' tonnes; see the ',
      { text: 'old page', marks: [{ link: 'javascript:alert(1)' }] },
      '.',
    ],
  },
  { kind: 'heading', level: 2, runs: ['Routes and volumes'] },
  { kind: 'list-item', ordered: true, depth: 0, number: 3, runs: ['Rotterdam to Duisburg'] },
  { kind: 'list-item', ordered: false, depth: 1, runs: ['bulk goods'] },
  { kind: 'list-item', ordered: false, depth: 1, runs: [{ text: 'containers', marks: ['code'] }] },
  { kind: 'list-item', ordered: true, depth: 0, number: 4, runs: ['Basel to Mannheim'] },
  {
    kind: 'table',
    rows: [
      ['Route', 'Before (t)', 'After (t)', 'Change', 'What the shippers said about it at the time'],
      [
        'Rotterdam to Duisburg',
        '3,200',
        '1,100',
        '−66%',
        'Barges sailed a third full for weeks, and surcharges for low water doubled the price of a trip',
      ],
      ['Basel to Mannheim', '2,400', '900', '−63%', 'Some routes stopped altogether'],
    ],
  },
  { kind: 'quote', runs: ['We have never seen the gauge at Kaub this low.'] },
  { kind: 'code', text: 'kaub_gauge_cm = 25\nalert = kaub_gauge_cm < 40' },
  {
    kind: 'figure',
    src: 'media/none/kaub.jpg',
    alt: 'The gauge at Kaub',
    caption: 'The gauge at Kaub in October.',
  },
  { kind: 'figure', src: null, alt: 'A chart of volumes', caption: '', omitted: 'larger than 10 MB' },
  { kind: 'rule' },
  { kind: 'paragraph', runs: ['By November the water was back.'] },
];

test('a rich article shows every block kind and inline mark, and a highlight spans a link', async ({
  gloss,
}, testInfo) => {
  // Two restarts (one to store the article, one to check it after) and every block kind.
  test.slow();
  await addRichArticle(gloss, TITLE, ARTICLE);
  const reader = await (await new LibraryPage(gloss.page).ready()).open(TITLE);
  const body = reader.article.locator('.article-body');

  // Headings keep their level under the title (h1); lists nest and keep their numbers.
  await expect(body.getByRole('heading', { level: 3, name: 'Routes and volumes' })).toBeVisible();
  const ordered = body.locator('ol').first();
  await expect(ordered.locator(':scope > li')).toHaveCount(2);
  await expect(ordered.locator(':scope > li').first()).toHaveAttribute('value', '3');
  await expect(ordered.locator(':scope > li').first().locator('ul > li')).toHaveText([
    'bulk goods',
    'containers',
  ]);
  await expect(body.locator('code', { hasText: 'containers' })).toBeVisible();
  await expect(body.locator('pre code')).toContainText('kaub_gauge_cm < 40');
  await expect(body.locator('blockquote')).toHaveText('We have never seen the gauge at Kaub this low.');
  await expect(body.locator('sub')).toHaveText('2');
  await expect(body.locator('sup')).toHaveText('6');
  await expect(body.locator('hr')).toHaveCount(1);

  // A link is one element across its emphasis and opens in a new tab without opener, by
  // click or Enter; a javascript: link is inert text.
  await reader.page
    .context()
    .route('https://example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }),
    );
  const link = body.getByRole('link', { name: 'in the dry summer of 2018' });
  await expect(link.locator('em')).toHaveText('in the dry summer');
  const [popup] = await Promise.all([reader.page.waitForEvent('popup'), link.click()]);
  await expect.poll(() => popup.url()).toBe('https://example.com/rhine-2018');
  expect(await popup.evaluate(() => window.opener === null)).toBe(true);
  await popup.close();
  await link.focus();
  const [second] = await Promise.all([
    reader.page.waitForEvent('popup'),
    reader.page.keyboard.press('Enter'),
  ]);
  await expect.poll(() => second.url()).toBe('https://example.com/rhine-2018');
  await second.close();
  expect(reader.page.url()).toContain('#/article/');
  await expect(body.getByRole('link', { name: 'old page' })).toHaveCount(0);
  await expect(body.getByText('old page')).toHaveClass('inline-link-inert');

  // A wide table scrolls sideways inside the column (by keyboard too); the page does not.
  const table = body.getByRole('region', { name: 'Table' });
  expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await reader.article.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await table.focus();
  await reader.page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expect(table.getByRole('columnheader', { name: 'Change' })).toHaveCount(1);

  // Figures: a lazy image with its alt text and caption; an image left out says so.
  const image = body.getByRole('img', { name: 'The gauge at Kaub' });
  await expect(image).toHaveAttribute('loading', 'lazy');
  // Served by Gloss itself (the token's cookie), decoded: not a broken image.
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  await expect(body.locator('figcaption')).toHaveText('The gauge at Kaub in October.');
  await expect(
    body.getByRole('img', { name: /Image not kept \(larger than 10 MB\): A chart of volumes/ }),
  ).toHaveCount(1);

  // Entity marks paint across emphasis and links: "Sergey Lavrov" is strong, half a link.
  await reader.entitiesReady();
  await expect.poll(() => reader.paintedTexts('entity-person')).toContain('Sergey Lavrov');

  // A highlight from inside the emphasis to inside the link, then one starting inside a link.
  await reader.select('sharply in the dry summer');
  await reader.page.keyboard.press('h');
  await expect.poll(() => reader.paintedTexts('user-yellow')).toEqual(['sharply in the dry summer']);
  await expect(reader.panel.card('sharply in the dry summer')).toBeVisible();
  await reader.select('summer of 2018, and Russian');
  await reader.page.keyboard.press('2');
  await expect.poll(() => reader.paintedTexts('user-green')).toEqual(['summer of 2018, and Russian']);

  // Clicking highlighted text after the link finds the highlight through the text map.
  await reader.click('and Russian');
  await expect(reader.panel.card('summer of 2018, and Russian')).toBeFocused();

  // Looked at in both themes (not compared: a person checks them).
  await reader.page.evaluate(() => document.getSelection()?.removeAllRanges());
  await reader.page.screenshot({ path: testInfo.outputPath('rich-light.png') });
  await reader.page.keyboard.press('t');
  await reader.page.keyboard.press('t');
  await expect(reader.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await reader.page.screenshot({ path: testInfo.outputPath('rich-dark.png') });
  await body.locator('hr').scrollIntoViewIfNeeded();
  await reader.page.screenshot({ path: testInfo.outputPath('rich-dark-figures.png') });

  // After a restart the same highlights are painted over the same text.
  const again = await (await new LibraryPage(await gloss.restart()).ready()).open(TITLE);
  await expect.poll(() => again.paintedTexts('user-yellow')).toEqual(['sharply in the dry summer']);
  await expect.poll(() => again.paintedTexts('user-green')).toEqual(['summer of 2018, and Russian']);
});
