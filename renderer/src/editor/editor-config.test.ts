import { describe, expect, it } from 'vitest';
import { isSafeUrl, normalizeUrl } from './editor-config';

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
    ['example.com', 'https://example.com'],
    ['  https://x.org/y  ', 'https://x.org/y'],
    ['me@example.com', 'mailto:me@example.com'],
    ['', ''],
  ])('turns %j into %j', (input, url) => {
    expect(normalizeUrl(input)).toBe(url);
  });
});
