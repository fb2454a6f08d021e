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

  it('starts at the first match from the top of the view', () => {
    const matches = [{ start: 5 }, { start: 50 }, { start: 500 }];
    expect(firstFrom(matches, 40)).toBe(1);
    expect(firstFrom(matches, 900)).toBe(0);
  });
});
