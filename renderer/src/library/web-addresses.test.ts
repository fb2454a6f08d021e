import { describe, expect, it } from 'vitest';
import { shownAddress, webAddresses } from './web-addresses';

describe('webAddresses', () => {
  it.each([
    ['https://news.example/story', ['https://news.example/story']],
    [
      ' https://a.example/1 \r\nhttp://b.example/2\n\nhttps://a.example/1\n',
      ['https://a.example/1', 'http://b.example/2'],
    ],
    ['# a comment in text/uri-list\nhttps://a.example/x', ['https://a.example/x']],
    ['Some words, not a link', []],
    ['see https://a.example/x for more', []],
    ['javascript:alert(1)\nfile:///etc/passwd\nftp://a.example/f\nmailto:a@b.example', []],
    [
      'https://a.example/ok\nnot a url\nhttps://b.example/fine',
      ['https://a.example/ok', 'https://b.example/fine'],
    ],
  ])('%j -> %j', (text, addresses) => {
    expect(webAddresses(text)).toEqual(addresses);
  });
});

describe('shownAddress', () => {
  it('drops the scheme and a trailing slash, and shortens long addresses', () => {
    expect(shownAddress('https://news.example/')).toBe('news.example');
    expect(shownAddress(`https://news.example/${'a'.repeat(100)}`)).toHaveLength(80);
  });
});
