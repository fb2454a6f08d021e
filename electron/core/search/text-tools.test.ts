import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from './fold';
import { markdownToPlainText } from './plain-text';
import { snippet } from './snippet';

describe('fold', () => {
  it.each([
    ['Café Zürich', 'cafe zurich'],
    ['ÉLYSÉE\tPalace', 'elysee palace'],
    ['İstanbul', 'istanbul'],
    ['Łódź', 'łodz'],
    ['emoji 🙂 ok', 'emoji 🙂 ok'],
  ])('folds %j keeping its length', (text, expected) => {
    expect(fold(text)).toBe(expected);
    expect(fold(text)).toHaveLength(text.length);
  });

  it('collapses spaces and drops control characters in a query', () => {
    expect(foldQuery('  New\u0000  YÖRK ')).toBe('new york');
  });
});

describe('markdownToPlainText', () => {
  it.each([
    ['**Bold** and _em_ and `code`', 'Bold and em and code'],
    ['# Heading\n\n> quoted\n\n- item one\n1. item two', 'Heading\n\nquoted\n\nitem one\nitem two'],
    ['[a link](https://example.org) and ![alt](x.png)', 'a link and alt'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['\\*not emphasis\\*', '*not emphasis*'],
  ])('%j reads as %j', (markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });
});

describe('snippet', () => {
  it('keeps short text whole with whitespace made single spaces', () => {
    const text = 'first line\n\nsecond   line';
    const start = text.indexOf('second');
    expect(snippet(text, start, start + 6)).toEqual({
      snippet: 'first line second line',
      start: 11,
      end: 17,
    });
  });
});
