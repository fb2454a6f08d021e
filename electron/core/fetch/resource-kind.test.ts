import { describe, expect, it } from 'vitest';
import { resourceKind } from './resource-kind';

const resource = (contentType: string | null, body: string) => ({
  url: 'https://news.example/story',
  contentType,
  bytes: new TextEncoder().encode(body),
});

describe('resourceKind', () => {
  it.each([
    ['text/html; charset=utf-8', '<p>x</p>', 'html'],
    ['application/xhtml+xml', '<html/>', 'html'],
    ['application/pdf', '%PDF-1.7', 'pdf'],
    ['text/plain', 'Just text.', 'text'],
    ['text/markdown; charset=utf-8', '# Title', 'markdown'],
    [null, '<!DOCTYPE html><html>', 'html'],
    ['application/octet-stream', '%PDF-1.4\n', 'pdf'],
  ])('%s is %s', (type, body, kind) => {
    expect(resourceKind(resource(type, body))).toBe(kind);
  });

  it.each([
    ['image/png', 'image/png'],
    ['application/json', 'application/json'],
    ['application/rss+xml', 'application/rss+xml'],
    [null, 'data of no stated type'],
  ])('refuses %s, naming what came', (type, named) => {
    expect(() => resourceKind(resource(type, '\u0089PNG'))).toThrow(
      `The address at news.example is not a web page (it sent ${named}). Gloss imports web pages, PDFs and text.`,
    );
  });
});
