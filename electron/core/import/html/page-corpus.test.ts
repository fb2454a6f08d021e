import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../parse-article-file';
import { wordF1 } from './word-f1';

const dir = path.join(import.meta.dirname, '../fixtures/pages');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { title: string; byline: string; text: string }
>;

describe.each(Object.entries(expected))('saved page %s', (file, want) => {
  const article = parseArticleFile({ name: file, bytes: readFileSync(path.join(dir, file)) });

  it('has the exact title and byline (a JSON-LD author list joined by commas)', () => {
    expect(article.title).toBe(want.title);
    expect(article.byline?.replace(', ', ' and ')).toBe(want.byline);
  });

  it('has the article text (word F1 of at least 0.9) and none of the chrome', () => {
    expect(wordF1(article.text, want.text)).toBeGreaterThanOrEqual(0.9);
    expect(article.text).not.toMatch(
      /cookies|Most read|Trending now|Advertisement|Subscribe|Share on|comments/i,
    );
  });
});

describe('word F1', () => {
  it.each([
    ['the same words', 'a b c', 'a b c', 1],
    ['nothing in common', 'x y', 'a b', 0],
    ['half the words missing', 'a b', 'a b c d', 2 / 3],
    ['extra words', 'a b c d', 'a b', 2 / 3],
  ])('%s', (_, extracted, wanted, f1) => {
    expect(wordF1(extracted, wanted)).toBeCloseTo(f1);
  });
});
