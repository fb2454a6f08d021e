import { describe, expect, it } from 'vitest';
import { findAll, firstFrom, foldForFind } from './find-matches';

describe('find in the article', () => {
  it('folds case, accents and whitespace without changing offsets', () => {
    const text = 'Café in\nZürich, CAFE';
    expect(foldForFind(text)).toHaveLength(text.length);
    expect(findAll(foldForFind(text), 'cafe')).toEqual([
      { start: 0, end: 4 },
      { start: 16, end: 20 },
    ]);
    expect(findAll(foldForFind(text), 'in zurich')).toEqual([{ start: 5, end: 14 }]);
    expect(findAll(foldForFind(text), '   ')).toEqual([]);
  });

  it.each([
    ['capitals and accents', 'ÀÉÎ Õü Ça', 'aei ou ca'],
    ['newlines, tabs and no-break spaces as spaces', 'a\n\nb\tc\u00a0d', 'a  b c d'],
    ['a capital whose lower case is longer (İ) as its base letter', 'İstanbul', 'istanbul'],
    ['a character outside the BMP, kept whole', 'A 😀 B 𝐀', 'a 😀 b 𝐀'],
    ['curly quotes and dashes, unchanged', '“Xi’s” — A–B', '“xi’s” — a–b'],
  ])('folds %s, one unit for one', (_what, text, folded) => {
    expect(foldForFind(text)).toBe(folded);
    expect(foldForFind(text)).toHaveLength(text.length);
  });

  it('finds across a long text as in a short one', () => {
    const text = 'Part 1\n\nThe Café.\n\n'.repeat(4000) + 'ZÜRICH';
    const folded = foldForFind(text);
    expect(folded).toHaveLength(text.length);
    expect(findAll(folded, 'zurich')).toEqual([{ start: text.length - 6, end: text.length }]);
    expect(findAll(folded, 'the cafe')).toHaveLength(4000);
  });

  it('starts at the first match from the top of the view', () => {
    const matches = [{ start: 5 }, { start: 50 }, { start: 500 }];
    expect(firstFrom(matches, 40)).toBe(1);
    expect(firstFrom(matches, 900)).toBe(0);
  });
});
