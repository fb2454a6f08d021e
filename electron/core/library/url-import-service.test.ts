import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { makePdf } from '../import/pdf/pdf-fixture.test-support';
import { REPORT } from '../import/pdf/report-fixture.test-support';
import { startTestServer, type TestServer } from '../fetch/test-server.test-support';
import { createLibrary, type Library } from '../library';
import { tempDataDir } from '../storage/test-helpers';

const story = `<!doctype html><html lang="en-GB"><head>
<title>Harbour reopens after storm | Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<link rel="canonical" href="/news/harbour-reopens">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour reopens after storm</h1>
<p>The harbour at Port Ellen reopened on Tuesday after a week of repairs to the sea wall, the council said, and the first ferry left on time.</p>
<p>Fishing crews, who had moored their boats in the next bay, began returning on Wednesday morning as the weather settled down.</p>
</article>
<footer>© Coast Times. We use cookies. Accept</footer>
</body></html>`;

const loginForm = `<html><head><title>Sign in</title></head><body>
<form><p>Subscribers, sign in to read on.</p><input name="user"><input type="password" name="pw"></form>
</body></html>`;

let server: TestServer;
let library: Library;
let cleanup: () => void;

beforeAll(async () => {
  server = await startTestServer({
    '/news/harbour': { body: story },
    '/old-address': { status: 301, headers: { location: '/news/harbour' } },
    '/premium': { body: loginForm },
    '/reports/winter': { headers: { 'content-type': 'application/pdf' }, body: await makePdf(REPORT) },
    '/logo.png': { headers: { 'content-type': 'image/png' }, body: '\u0089PNG' },
    '/notes.txt': {
      headers: { 'content-type': 'text/plain; charset=windows-1252' },
      body: iconv.encode(
        '“Quoted” notes\n\nThe café opened at 8 and served coffee for €2 to everyone who came in before nine o’clock.',
        'windows-1252',
      ),
    },
  });
  const temp = tempDataDir('gloss-url-');
  cleanup = temp.cleanup;
  library = await createLibrary({ dataDir: temp.dir, seed: false, backfill: false });
});
afterAll(async () => {
  await library.close();
  await server.close();
  cleanup();
});

describe('import/url', () => {
  it('imports a page once: title, site, language, canonical URL, article text without the chrome', async () => {
    const { id, title, siteName, lang, url, source, format } = await library['import/url']({
      url: `${server.origin}/old-address`,
    });
    expect({ title, siteName, lang, format }).toEqual({
      title: 'Harbour reopens after storm',
      siteName: 'Coast Times',
      lang: 'en-GB',
      format: 'html',
    });
    expect(url).toBe(`${server.origin}/news/harbour-reopens`);
    expect(source).toBe(`${server.origin}/news/harbour`);
    const fetchesBefore = server.requests.length;
    const article = await library['articles/get']({ id });
    expect(article.text).toContain('The harbour at Port Ellen reopened on Tuesday');
    expect(article.text).toContain('began returning on Wednesday morning');
    expect(article.text).not.toMatch(/Sport|cookies/);
    // Reading fetches nothing.
    expect(server.requests.length).toBe(fetchesBefore);
  });

  it('imports a PDF answer as a PDF, pages and all', async () => {
    const summary = await library['import/url']({ url: `${server.origin}/reports/winter` });
    expect(summary).toMatchObject({ format: 'pdf', title: 'The Harbour in Winter' });
    const article = await library['articles/get']({ id: summary.id });
    expect(article.blocks.at(-1)?.page).toBe(2);
  });

  it('reads text in the charset its server names', async () => {
    const summary = await library['import/url']({ url: `${server.origin}/notes.txt` });
    const article = await library['articles/get']({ id: summary.id });
    expect(article.text).toContain('The café opened at 8 and served coffee for €2');
    expect(summary.format).toBe('text');
  });

  it.each([
    ['/premium', 'login-required', /asks you to sign in/],
    ['/logo.png', 'unsupported-file', /is not a web page \(it sent image\/png\)/],
    ['/nowhere', 'fetch-failed', /404 Not Found/],
  ])('refuses %s with %s and adds nothing', async (path, code, message) => {
    const before = (await library['articles/list']({})).length;
    const answer = await library.dispatch('import/url', { url: `${server.origin}${path}` });
    expect('error' in answer && answer.error.code).toBe(code);
    expect('error' in answer && answer.error.message).toMatch(message);
    expect((await library['articles/list']({})).length).toBe(before);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.com/a'])(
    'refuses %s before fetching anything',
    async (url) => {
      const answer = await library.dispatch('import/url', { url });
      expect('error' in answer && answer.error.code).toBe('invalid-params');
    },
  );
});
