import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fetch/test-server.test-support';
import { base64, useTempLibrary } from './temp-library.test-support';

const FIRST = `# Harbour works to close the quay

The council said on Monday that the old quay will close for repairs in the spring.

Engineers found cracks in the sea wall after the January storms battered the coast.
`;

/** The same article a day later: one paragraph added. */
const SECOND = `${FIRST}
The ferry to the islands will sail from the north pier while the works go on.
`;

/** A page as a server sends it: the same article each time, with a different build comment. */
const page = (paragraphs: string[], served: number) => `<!doctype html><html lang="en"><head>
<title>Harbour reopens after storm</title>
<link rel="canonical" href="/news/harbour">
</head><body><!-- served ${served} --><article><h1>Harbour reopens after storm</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></body></html>`;

const OPENING = [
  'The harbour at Port Ellen reopened on Tuesday after a week of repairs to the sea wall, the council said.',
  'Fishing crews, who had moored their boats in the next bay, began returning on Wednesday morning.',
];
const UPDATE =
  'The first ferry left on time, and the harbour master said the wall would be inspected again in May.';

let server: TestServer;
let served = 0;
/** What the page says now: the test updates it. */
let paragraphs = OPENING;

beforeAll(async () => {
  const story = () => ({ body: page(paragraphs, ++served) });
  server = await startTestServer({
    '/news/harbour': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story().body);
    },
    '/news/harbour/?utm_source=feed&utm_medium=rss': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story().body);
    },
  });
});
afterAll(() => server.close());

describe('importing what the library already has', () => {
  const t = useTempLibrary('gloss-earlier-');
  const count = async () => (await t.library['articles/list']({})).length;

  it('a changed file of the same name and title answers the article it was, changed, and adds nothing', async () => {
    const first = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const again = await t.library['import/file']({ name: 'harbour.md', data: base64(SECOND) });
    expect(again).toMatchObject({
      id: first.id,
      title: 'Harbour works to close the quay',
      existing: 'changed',
    });
    expect(await count()).toBe(1);
    const article = await t.library['articles/get']({ id: first.id });
    expect(article.text).not.toContain('ferry');
  });

  it('separate: true adds the changed file as an article of its own', async () => {
    const first = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const answer = await t.library.dispatch('import/file', {
      name: 'harbour.md',
      data: base64(SECOND),
      separate: true,
    });
    if (!('result' in answer)) throw new Error(answer.error.message);
    const separate = answer.result as { id: string; existing?: string };
    expect(separate.id).not.toBe(first.id);
    expect(separate.existing).toBeUndefined();
    expect(await count()).toBe(2);
    expect((await t.library['articles/get']({ id: separate.id })).text).toContain('ferry');
  });

  it('a file of the same name with another title, or another name, is a new article', async () => {
    await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const retitled = SECOND.replace('# Harbour works to close the quay', '# Ferry moves to the north pier');
    expect(
      (await t.library['import/file']({ name: 'harbour.md', data: base64(retitled) })).existing,
    ).toBeUndefined();
    expect(
      (await t.library['import/file']({ name: 'quay.md', data: base64(SECOND) })).existing,
    ).toBeUndefined();
    expect(await count()).toBe(3);
  });

  it('a file whose bytes differ but whose text is the same is a duplicate', async () => {
    const first = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const again = await t.library['import/file']({ name: 'harbour.md', data: base64(`${FIRST}\n\n\n`) });
    expect(again).toMatchObject({ id: first.id, existing: 'duplicate' });
    expect(await count()).toBe(1);
  });

  it('a page fetched again unchanged is a duplicate, not a second article', async () => {
    paragraphs = OPENING;
    const first = await t.library['import/url']({ url: `${server.origin}/news/harbour` });
    expect(first.existing).toBeUndefined();
    // The server's answer differs byte for byte (its comment), not in its article.
    const again = await t.library['import/url']({ url: `${server.origin}/news/harbour` });
    expect(again).toMatchObject({ id: first.id, existing: 'duplicate' });
    expect(await count()).toBe(1);
  });

  it('a changed page matches by address, ignoring tracking parameters, a fragment and a trailing slash', async () => {
    paragraphs = OPENING;
    const first = await t.library['import/url']({ url: `${server.origin}/news/harbour#top` });
    paragraphs = [...OPENING, UPDATE];
    const again = await t.library['import/url']({
      url: `${server.origin}/news/harbour/?utm_source=feed&utm_medium=rss`,
    });
    expect(again).toMatchObject({ id: first.id, existing: 'changed' });
    expect(await count()).toBe(1);
    expect((await t.library['articles/get']({ id: first.id })).text).not.toContain('harbour master');

    const separate = await t.library['import/url']({ url: `${server.origin}/news/harbour`, separate: true });
    expect(separate.id).not.toBe(first.id);
    expect(await count()).toBe(2);
    expect((await t.library['articles/get']({ id: separate.id })).text).toContain('harbour master');
  });

  it('a file naming a web address matches the page fetched from it, http or https', async () => {
    paragraphs = OPENING;
    const address = `${server.origin.replace('http:', 'https:')}/news/harbour/`;
    const saved = await t.library['import/file']({
      name: 'saved-harbour.md',
      data: base64(`---\nurl: ${address}\n---\n${FIRST}`),
    });
    const fetched = await t.library['import/url']({ url: `${server.origin}/news/harbour` });
    expect(fetched).toMatchObject({ id: saved.id, existing: 'changed' });
    expect(await count()).toBe(1);
  });

  it('refuses a separate that is not a boolean', async () => {
    const answer = await t.library.dispatch('import/file', {
      name: 'harbour.md',
      data: base64(FIRST),
      separate: 'yes',
    });
    expect('error' in answer && answer.error.code).toBe('invalid-params');
    expect(await count()).toBe(0);
  });
});
