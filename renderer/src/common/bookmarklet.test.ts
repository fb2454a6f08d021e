import { describe, expect, it } from 'vitest';
import { parseRoute } from './route';
import { bookmarklet } from './bookmarklet';

/** Run the bookmarklet's code as a browser would on `page`, and return the address it goes to. */
function follow(code: string, page: string): string {
  let target = '';
  const location = { href: page };
  const window = { open: (url: string) => void (target = url) };
  // Runs the bookmarklet's own constant code, as a browser runs a javascript: address.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function('location', 'window', code.replace(/^javascript:/, ''))(location, window);
  return target || location.href;
}

describe('bookmarklet', () => {
  const page = "https://news.example/2026/story?id=7&ref=a b#comments'";

  it('sends the desktop app a gloss://import link naming the page', () => {
    const link = new URL(follow(bookmarklet('desktop', 'gloss://app'), page));
    expect(link.protocol).toBe('gloss:');
    expect(link.host).toBe('import');
    expect(link.searchParams.get('url')).toBe(page);
  });

  it("opens browser mode's confirmation page for the page, and nothing else", () => {
    const target = follow(bookmarklet('browser', 'http://127.0.0.1:4123/?token=secret'), page);
    expect(target.startsWith('http://127.0.0.1:4123/#/import?url=')).toBe(true);
    expect(target).not.toContain('secret');
    expect(parseRoute(new URL(target).hash)).toEqual({ name: 'import', url: page });
  });
});
