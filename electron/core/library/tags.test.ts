import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../storage/store';
import { canonicalTags, tagsInUse } from './tags';

const entry = (tags: string[], highlightTags: string[] = []) =>
  ({ tags, highlightTags }) as unknown as ArticleEntry;

describe('tags', () => {
  it.each([
    [['  Russia ', 'russia', 'China'], [], ['Russia', 'China']],
    [['new  york'], ['New York'], ['New York']],
    [['', '  '], [], []],
    [['\u202Eevil', 'ok\u2066', '\u202A'], ['Evil'], ['Evil', 'ok']],
  ])('cleans %j (library has %j) to %j', (input, known, expected) => {
    expect(canonicalTags(input, known)).toEqual(expected);
  });

  it('counts each article once per tag, on itself or its highlights', () => {
    expect(tagsInUse([entry(['Russia'], ['russia', 'Oil']), entry([], ['Oil'])])).toEqual([
      { name: 'Oil', color: null, count: 2 },
      { name: 'Russia', color: null, count: 1 },
    ]);
  });

  it.each([
    ['a palette color', 'diplomacy', { diplomacy: 'teal' }, 'teal'],
    ['a color outside the palette', 'diplomacy', { diplomacy: 'url(evil)' }, null],
    ['an inherited key', '__proto__', {}, null],
    ['an inherited method name', 'constructor', {}, null],
  ])('gives %s as the color it is', (_what, name, colors: Record<string, string>, color) => {
    expect(tagsInUse([entry([name])], colors)).toEqual([{ name, color, count: 1 }]);
  });
});
