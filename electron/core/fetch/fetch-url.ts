import { GlossError } from '../errors';
import { describeNetworkError, describeStatus, isLoginUrl, loginRequired } from './fetch-errors';

/** Limits of one fetch. Defaults: 30 s in all, 10 redirects, 10 MB. */
export interface FetchLimits {
  /** For the whole exchange: connecting, redirects and reading the body. */
  timeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 30_000,
  maxRedirects: 10,
  // News pages with their inline scripts are 0.1 to 3 MB; the article in them is far smaller.
  maxBytes: 10 * 1024 * 1024,
} as const satisfies Required<FetchLimits>;

/** What a fetch brought back: the address it ended at (after redirects), its type and bytes. */
export interface FetchedResource {
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

// Sites answer a plain script with a block page; a reader app saying so is treated like a browser.
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Gloss/0.1',
  accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
  'accept-language': 'en;q=0.9, *;q=0.5',
};

/** An `http:` or `https:` URL, or a GlossError saying why not. */
export function parseWebUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new GlossError('invalid-params', `“${input.slice(0, 200)}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GlossError(
      'invalid-params',
      `Gloss imports only web pages (http: or https: addresses), not ${url.protocol} ones.`,
    );
  }
  if (url.username || url.password) {
    throw new GlossError('invalid-params', 'Gloss does not send passwords in web addresses.');
  }
  url.hash = '';
  return url;
}

/**
 * Fetch a web resource once: `http(s)` only at every hop, at most `maxRedirects` redirects,
 * no cookies sent or kept, at most `maxBytes`, all within `timeoutMs`. Refuses with a GlossError
 * for an error status (404, 500...), a login wall (401, or a redirect to a sign-in page), an
 * unreachable host, a timeout or a body over the limit.
 */
export async function fetchUrl(input: string, limits: FetchLimits = {}): Promise<FetchedResource> {
  const { timeoutMs, maxRedirects, maxBytes } = { ...FETCH_DEFAULTS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const start = parseWebUrl(input);
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      const response = await request(url, controller.signal, timeoutMs);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) {
          throw new GlossError('fetch-failed', `${url.host} redirected more than ${maxRedirects} times.`);
        }
        const next = redirectTarget(location, url);
        if (isLoginUrl(next) && !isLoginUrl(start)) throw loginRequired(start.host);
        url = next;
        continue;
      }
      if (response.status === 401) throw loginRequired(url.host);
      if (!response.ok) {
        await response.body?.cancel();
        throw new GlossError('fetch-failed', describeStatus(response.status, url));
      }
      const bytes = await readLimited(response, maxBytes, url, controller.signal, timeoutMs);
      return { url: url.href, contentType: response.headers.get('content-type'), bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function request(url: URL, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { headers: HEADERS, redirect: 'manual', credentials: 'omit', signal });
  } catch (error) {
    throw new GlossError('unreachable', describeNetworkError(error, url, signal.aborted, timeoutMs));
  }
}

function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new GlossError('fetch-failed', `${from.host} redirected to an address that is not valid.`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new GlossError(
      'fetch-failed',
      `${from.host} redirected to a ${next.protocol} address; Gloss follows only http: and https: ones.`,
    );
  }
  next.hash = '';
  return next;
}

async function readLimited(
  response: Response,
  maxBytes: number,
  url: URL,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new GlossError(
      'too-large',
      `The page at ${url.host} is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB Gloss fetches.`,
    );
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // Node's web streams are async iterable (its types do not say so).
    const body = (response.body ?? []) as AsyncIterable<Uint8Array> | Uint8Array[];
    for await (const chunk of body) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof GlossError) throw error;
    throw new GlossError('unreachable', describeNetworkError(error, url, signal.aborted, timeoutMs));
  }
  return Buffer.concat(chunks);
}
