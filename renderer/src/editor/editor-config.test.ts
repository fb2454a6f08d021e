import { describe, expect, it } from 'vitest';
import { isSafeUrl, linkToOpen, normalizeUrl } from './editor-config';

describe('note links', () => {
  it.each([
    ['https://example.com/a?b=1', true],
    ['http://example.com', true],
    ['mailto:me@example.com', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s is safe: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['  HTTPS://Example.com  ', 'https://example.com/'],
    ['mailto:me@example.com', 'mailto:me@example.com'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    // The URL parser drops tabs and newlines, as browsers do when they follow a link.
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['tel:+15550100', null],
    ['/elsewhere', null],
    ['#top', null],
    ['about:blank', null],
    ['', null],
  ])('a link to %j opens %j', (url, opened) => {
    expect(linkToOpen(url)).toBe(opened);
  });

  it.each([
    ['example.com', 'https://example.com'],
    ['  https://x.org/y  ', 'https://x.org/y'],
    ['me@example.com', 'mailto:me@example.com'],
    ['', ''],
  ])('turns %j into %j', (input, url) => {
    expect(normalizeUrl(input)).toBe(url);
  });
});
