import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PNG_40x30 } from './png-fixture';

const TITLE = 'Harbour wall repaired after the storm';

/** A page as a browser saves it ("Web page, complete"): its images and scripts in Page_files/. */
const SAVED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${TITLE} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">
<script src="Harbour_files/app.js"></script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>${TITLE}</h1>
<p>Engineers finished repairing the harbour wall on Thursday, three weeks after the storm tore a gap into its northern end and flooded the fish market.</p>
<figure><img src="Harbour_files/wall.png" alt="The repaired harbour wall" width="40" height="30">
<figcaption>The northern end of the wall, rebuilt in granite.</figcaption></figure>
<p>The council said the ferry would return to its old berth on Monday, and that the market would reopen once its cold stores had been checked.</p>
<iframe src="Harbour_files/ad.html"></iframe>
</article><footer>We use cookies. Accept</footer></body></html>`;

test('a saved page dropped with its _files folder imports as one article that shows its images', async ({
  gloss,
}, testInfo) => {
  const library = await new LibraryPage(gloss.page).ready();
  await expect(library.rows).toHaveCount(1);
  await library.dropTree([
    { path: 'Harbour.html', content: Buffer.from(SAVED_PAGE) },
    { path: 'Harbour_files/wall.png', content: PNG_40x30 },
    { path: 'Harbour_files/app.js', content: Buffer.from('console.log("tracking")') },
    { path: 'Harbour_files/ad.html', content: Buffer.from('<html><body>Buy now</body></html>') },
  ]);
  // One article: the image, the script and the page in the folder are not imports of their own.
  await expect(library.toast(`Imported “${TITLE}”.`)).toBeVisible();
  await expect(library.rows).toHaveCount(2);
  await expect(library.importSummary).toHaveCount(0);

  const reader = await library.open(TITLE);
  const image = reader.article.getByRole('img', { name: 'The repaired harbour wall' });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
  await expect(reader.article.locator('figcaption')).toHaveText(
    'The northern end of the wall, rebuilt in granite.',
  );
  await expect(reader.page.getByText('Buy now')).toHaveCount(0);

  await reader.page.screenshot({ path: testInfo.outputPath('saved-page-light.png') });
  await reader.page.keyboard.press('t');
  await reader.page.keyboard.press('t');
  await expect(reader.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await reader.page.screenshot({ path: testInfo.outputPath('saved-page-dark.png') });
});

test('a Markdown file picked together with its image imports once, with the image', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFiles([
    {
      name: 'field-notes.md',
      content:
        '# Field notes from the dunes\n\nThe dunes moved two metres inland this winter.\n\n![A dune at dawn](dune.png)\n',
      mimeType: 'text/markdown',
    },
    { name: 'dune.png', content: PNG_40x30, mimeType: 'image/png' },
  ]);
  await expect(library.toast('Imported “Field notes from the dunes”.')).toBeVisible();
  await expect(library.rows).toHaveCount(2);
  const reader = await library.open('Field notes from the dunes');
  const image = reader.article.getByRole('img', { name: 'A dune at dawn' });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);
});
