import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlossError } from '../errors';
import { fetchUrl, parseWebUrl } from './fetch-url';
import { startTestServer, type TestServer } from './test-server.test-support';

let server: TestServer;
const page = '<html><head><title>Hello</title></head><body><p>Story.</p></body></html>';
const redirect = (to: string) => ({ status: 302, headers: { location: to } });

beforeAll(async () => {
  const routes: Parameters<typeof startTestServer>[0] = {
    '/page': { body: page },
    '/hop1': { status: 301, headers: { location: '/hop2', 'set-cookie': 'session=abc; Path=/' } },
    '/hop2': redirect('/page#section'),
    '/ftp': redirect('ftp://example.com/file'),
    '/members-only': redirect('/account/login?next=/story'),
    '/private': { status: 401, headers: { 'www-authenticate': 'Basic' } },
    '/gone': { status: 410 },
    '/broken': { status: 500 },
    '/huge': { headers: { 'content-length': String(2048) }, body: 'x'.repeat(2048) },
    '/streamed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('y'.repeat(1500));
      response.end('y'.repeat(1500));
    },
    '/silent': () => {
      // Never answers: the fetch must give up on its own.
    },
  };
  for (let i = 0; i < 12; i++) routes[`/loop${i}`] = redirect(`/loop${i + 1}`);
  routes['/loop12'] = { body: page };
  server = await startTestServer(routes);
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<GlossError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GlossError)) throw new Error(`expected a GlossError, got ${String(error)}`);
  return error;
}

describe('fetchUrl', () => {
  it('fetches a page with its type and bytes', async () => {
    const fetched = await fetchUrl(`${server.origin}/page`);
    expect(fetched.url).toBe(`${server.origin}/page`);
    expect(fetched.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(fetched.bytes)).toBe(page);
  });

  it('follows redirects to the final address, without the fragment and without sending cookies', async () => {
    const fetched = await fetchUrl(`${server.origin}/hop1`);
    expect(fetched.url).toBe(`${server.origin}/page`);
    const hops = server.requests.filter((request) => ['/hop1', '/hop2', '/page'].includes(request.path));
    expect(hops.every((request) => request.headers.cookie === undefined)).toBe(true);
  });

  it.each([
    ['/loop0', 'fetch-failed', /redirected more than 10 times/],
    ['/ftp', 'fetch-failed', /ftp: address; Gloss follows only http: and https:/],
    ['/members-only', 'login-required', /asks you to sign in/],
    ['/private', 'login-required', /asks you to sign in/],
    ['/missing', 'fetch-failed', /has no page at this address \(404 Not Found\)/],
    ['/gone', 'fetch-failed', /410 Gone/],
    ['/broken', 'fetch-failed', /internal error \(500\)/],
  ])('refuses %s with %s', async (path, code, message) => {
    const error = await failure(fetchUrl(`${server.origin}${path}`));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('127.0.0.1');
  });

  it('stops after the redirect limit it is given', async () => {
    await expect(fetchUrl(`${server.origin}/loop9`, { maxRedirects: 3 })).resolves.toBeTruthy();
    expect((await failure(fetchUrl(`${server.origin}/loop8`, { maxRedirects: 3 }))).code).toBe(
      'fetch-failed',
    );
  });

  it.each(['/huge', '/streamed'])('refuses %s over the size limit', async (path) => {
    const error = await failure(fetchUrl(`${server.origin}${path}`, { maxBytes: 1024 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/larger than the \d+ MB Gloss fetches/);
  });

  it('gives up on a server that never answers', async () => {
    const error = await failure(fetchUrl(`${server.origin}/silent`, { timeoutMs: 300 }));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/did not answer within/);
  });

  it('refuses ports browsers never fetch from, saying which', async () => {
    const error = await failure(fetchUrl('http://127.0.0.1:25/'));
    expect(error.message).toMatch(/doesn't fetch from port 25/);
  });

  it('says when nothing listens at the address', async () => {
    const closed = await startTestServer({});
    await closed.close();
    const host = new URL(closed.origin).host;
    const error = await failure(fetchUrl(`${closed.origin}/story`));
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe(`${host} refused the connection: nothing answers at that address.`);
  });
});

describe('parseWebUrl', () => {
  it.each([
    ['file:///etc/passwd', /only web pages \(http: or https: addresses\), not file: ones/],
    ['javascript:alert(1)', /not javascript: ones/],
    ['not a url', /is not a web address/],
    ['https://user:secret@example.com/', /does not send passwords/],
  ])('refuses %s', (input, message) => {
    expect(() => parseWebUrl(input)).toThrow(message);
  });

  it('drops the fragment', () => {
    expect(parseWebUrl(' https://example.com/a?b=1#c ').href).toBe('https://example.com/a?b=1');
  });
});
